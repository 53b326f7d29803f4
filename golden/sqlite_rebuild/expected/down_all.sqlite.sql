-- migc 0.1.0 | sqlite 3.40 | downgrade rb10 -> base | 10 revisions
-- source: sha256:98425a07d3f9b831912e0c823e8fb35507a0d6d040ba6c9b0ccd0108e9e876a9
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running downgrade rb10 -> rb09
-- add a primary-key identity column and a unique column to a table with rows

-- rebuild of table tags (SQLite cannot alter it in place: drop column slug, which unique constraint uq_tags_slug uses; drop column id, which primary key constraint pk_tags uses)

CREATE TABLE _migc_tmp_tags (
    name TEXT NOT NULL,
    weight INTEGER
);

INSERT INTO _migc_tmp_tags (name, weight)
SELECT name, weight FROM tags;

DROP TABLE tags;

ALTER TABLE _migc_tmp_tags RENAME TO tags;

UPDATE migc_version SET version_num='rb09' WHERE migc_version.version_num = 'rb10';

-- Running downgrade rb09 -> rb08
-- several actions in one alter table: one rebuild

-- rebuild of table accounts (SQLite cannot alter it in place: drop the default of column score; change the type of column note)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(100) NOT NULL,
    code INTEGER,
    plan_id INTEGER,
    score INTEGER,
    note TEXT,
    nick TEXT,
    legacy TEXT,
    status VARCHAR(10) DEFAULT 'new' NOT NULL
);

INSERT INTO _migc_tmp_accounts (id, email, code, plan_id, score, note, nick, status)
SELECT id, login, code, plan_id, score, note, nick, status FROM accounts;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_accounts';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_accounts', seq FROM sqlite_sequence WHERE name = 'accounts';

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

UPDATE migc_version SET version_num='rb08' WHERE migc_version.version_num = 'rb09';

-- Running downgrade rb08 -> rb07
-- drop columns that a foreign key, a unique key, a check, an index and an index predicate use

ALTER TABLE orders ADD COLUMN shipped BOOLEAN DEFAULT 0 NOT NULL;

CREATE INDEX ix_orders_open ON orders (id) WHERE shipped = 0;

ALTER TABLE orders ADD COLUMN placed DATE;

CREATE INDEX ix_orders_placed ON orders (placed);

-- rebuild of table orders (SQLite cannot alter it in place: add check constraint ck_orders_qty)

CREATE TABLE _migc_tmp_orders (
    id INTEGER NOT NULL,
    parent_id INTEGER,
    qty INTEGER,
    placed DATE,
    shipped BOOLEAN DEFAULT 0 NOT NULL,
    memo TEXT,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT fk_orders_parent_id_orders FOREIGN KEY (parent_id) REFERENCES orders (id),
    CONSTRAINT ck_orders_qty CHECK (qty > 0)
);

INSERT INTO _migc_tmp_orders (id, parent_id, placed, shipped, memo)
SELECT id, parent_id, placed, shipped, memo FROM orders;

DROP TABLE orders;

ALTER TABLE _migc_tmp_orders RENAME TO orders;

CREATE INDEX ix_orders_open ON orders (id) WHERE shipped = 0;

CREATE INDEX ix_orders_placed ON orders (placed);

-- rebuild of table orders (SQLite cannot alter it in place: add unique column ref)

CREATE TABLE _migc_tmp_orders (
    id INTEGER NOT NULL,
    account_id BIGINT,
    parent_id INTEGER,
    ref VARCHAR(20),
    qty INTEGER,
    placed DATE,
    shipped BOOLEAN DEFAULT 0 NOT NULL,
    memo TEXT,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT fk_orders_account_id_accounts FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_orders_parent_id_orders FOREIGN KEY (parent_id) REFERENCES orders (id),
    CONSTRAINT uq_orders_ref UNIQUE (ref),
    CONSTRAINT ck_orders_qty CHECK (qty > 0)
);

INSERT INTO _migc_tmp_orders (id, parent_id, qty, placed, shipped, memo)
SELECT id, parent_id, qty, placed, shipped, memo FROM orders;

DROP TABLE orders;

ALTER TABLE _migc_tmp_orders RENAME TO orders;

CREATE INDEX ix_orders_open ON orders (id) WHERE shipped = 0;

CREATE INDEX ix_orders_placed ON orders (placed);

UPDATE migc_version SET version_num='rb07' WHERE migc_version.version_num = 'rb08';

-- Running downgrade rb07 -> rb06
-- drop a constraint of each kind

-- rebuild of table tags (SQLite cannot alter it in place: add primary key constraint pk_tags)

CREATE TABLE _migc_tmp_tags (
    name TEXT NOT NULL,
    weight INTEGER,
    CONSTRAINT pk_tags PRIMARY KEY (name)
);

INSERT INTO _migc_tmp_tags (name, weight)
SELECT name, weight FROM tags;

DROP TABLE tags;

ALTER TABLE _migc_tmp_tags RENAME TO tags;

-- rebuild of table accounts (SQLite cannot alter it in place: add foreign key constraint fk_accounts_plan; add unique constraint uq_accounts_code; add check constraint ck_accounts_score)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(100) NOT NULL,
    code INTEGER,
    plan_id INTEGER,
    score INTEGER,
    note TEXT,
    nick TEXT,
    legacy TEXT,
    status VARCHAR(10) DEFAULT 'new' NOT NULL,
    CONSTRAINT ck_accounts_score CHECK (score >= 0),
    CONSTRAINT uq_accounts_code UNIQUE (code),
    CONSTRAINT fk_accounts_plan FOREIGN KEY (plan_id) REFERENCES plans (id)
);

INSERT INTO _migc_tmp_accounts (id, email, code, plan_id, score, note, nick, legacy, status)
SELECT id, email, code, plan_id, score, note, nick, legacy, status FROM accounts;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_accounts';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_accounts', seq FROM sqlite_sequence WHERE name = 'accounts';

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

UPDATE migc_version SET version_num='rb06' WHERE migc_version.version_num = 'rb07';

-- Running downgrade rb06 -> rb05
-- add a constraint of each kind

-- rebuild of table tags (SQLite cannot alter it in place: drop primary key constraint pk_tags)

CREATE TABLE _migc_tmp_tags (
    name TEXT NOT NULL,
    weight INTEGER
);

INSERT INTO _migc_tmp_tags (name, weight)
SELECT name, weight FROM tags;

DROP TABLE tags;

ALTER TABLE _migc_tmp_tags RENAME TO tags;

-- rebuild of table accounts (SQLite cannot alter it in place: drop foreign key constraint fk_accounts_plan; drop unique constraint uq_accounts_code; drop check constraint ck_accounts_score)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(100) NOT NULL,
    code INTEGER,
    plan_id INTEGER,
    score INTEGER,
    note TEXT,
    nick TEXT,
    legacy TEXT,
    status VARCHAR(10) DEFAULT 'new' NOT NULL
);

INSERT INTO _migc_tmp_accounts (id, email, code, plan_id, score, note, nick, legacy, status)
SELECT id, email, code, plan_id, score, note, nick, legacy, status FROM accounts;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_accounts';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_accounts', seq FROM sqlite_sequence WHERE name = 'accounts';

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

UPDATE migc_version SET version_num='rb05' WHERE migc_version.version_num = 'rb06';

-- Running downgrade rb05 -> rb04
-- defaults: drop one, set one

-- rebuild of table accounts (SQLite cannot alter it in place: drop the default of column status; change the default of column note)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(100) NOT NULL,
    code INTEGER,
    plan_id INTEGER,
    score INTEGER,
    note TEXT DEFAULT 'n/a',
    nick TEXT,
    legacy TEXT,
    status VARCHAR(10) NOT NULL
);

INSERT INTO _migc_tmp_accounts (id, email, code, plan_id, score, note, nick, legacy, status)
SELECT id, email, code, plan_id, score, note, nick, legacy, status FROM accounts;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_accounts';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_accounts', seq FROM sqlite_sequence WHERE name = 'accounts';

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

UPDATE migc_version SET version_num='rb04' WHERE migc_version.version_num = 'rb05';

-- Running downgrade rb04 -> rb03
-- then make it NOT NULL

-- rebuild of table accounts (SQLite cannot alter it in place: make column status nullable)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(100) NOT NULL,
    code INTEGER,
    plan_id INTEGER,
    score INTEGER,
    note TEXT DEFAULT 'n/a',
    nick TEXT,
    legacy TEXT,
    status VARCHAR(10)
);

INSERT INTO _migc_tmp_accounts (id, email, code, plan_id, score, note, nick, legacy, status)
SELECT id, email, code, plan_id, score, note, nick, legacy, status FROM accounts;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_accounts';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_accounts', seq FROM sqlite_sequence WHERE name = 'accounts';

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

UPDATE migc_version SET version_num='rb03' WHERE migc_version.version_num = 'rb04';

-- Running downgrade rb03 -> rb02
-- add a nullable column and backfill it

ALTER TABLE accounts DROP COLUMN status;

UPDATE migc_version SET version_num='rb02' WHERE migc_version.version_num = 'rb03';

-- Running downgrade rb02 -> rb01
-- type changes, one with using

-- rebuild of table accounts (SQLite cannot alter it in place: change the type of column nick; change the type of column code)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(100) NOT NULL,
    code TEXT,
    plan_id INTEGER,
    score INTEGER,
    note TEXT DEFAULT 'n/a',
    nick VARCHAR(20),
    legacy TEXT
);

INSERT INTO _migc_tmp_accounts (id, email, code, plan_id, score, note, nick, legacy)
SELECT id, email, CAST(code AS TEXT), plan_id, score, note, nick, legacy FROM accounts;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_accounts';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_accounts', seq FROM sqlite_sequence WHERE name = 'accounts';

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

UPDATE migc_version SET version_num='rb01' WHERE migc_version.version_num = 'rb02';

-- Running downgrade rb01 -> 
-- tables with rows, indexes, keys and checks

DROP TABLE tags;

DROP TABLE orders;

DROP TABLE events;

DROP TABLE accounts;

DROP TABLE plans;

DELETE FROM migc_version WHERE migc_version.version_num = 'rb01';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

