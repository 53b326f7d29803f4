-- migc 0.1.0 | sqlite 3.40 | upgrade rb06 -> rb08 | 2 revisions
-- source: sha256:a8210580643b544984f1f98a1719b395e2be1f8a1e58ed2aaa9708ac1fd56f49
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running upgrade rb06 -> rb07
-- drop a constraint of each kind

-- rebuild of table accounts (SQLite cannot alter it in place: drop check constraint ck_accounts_score; drop unique constraint uq_accounts_code; drop foreign key constraint fk_accounts_plan)

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

-- rebuild of table tags (SQLite cannot alter it in place: drop primary key constraint pk_tags)

CREATE TABLE _migc_tmp_tags (
    name TEXT NOT NULL,
    weight INTEGER
);

INSERT INTO _migc_tmp_tags (name, weight)
SELECT name, weight FROM tags;

DROP TABLE tags;

ALTER TABLE _migc_tmp_tags RENAME TO tags;

UPDATE migc_version SET version_num='rb07' WHERE migc_version.version_num = 'rb06';

-- Running upgrade rb07 -> rb08
-- drop columns that a foreign key, a unique key, a check, an index and an index predicate use

-- rebuild of table orders (SQLite cannot alter it in place: drop column account_id, which foreign key constraint fk_orders_account_id_accounts uses; drop column ref, which unique constraint uq_orders_ref uses)

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

INSERT INTO _migc_tmp_orders (id, parent_id, qty, placed, shipped, memo)
SELECT id, parent_id, qty, placed, shipped, memo FROM orders;

DROP TABLE orders;

ALTER TABLE _migc_tmp_orders RENAME TO orders;

CREATE INDEX ix_orders_open ON orders (id) WHERE shipped = 0;

CREATE INDEX ix_orders_placed ON orders (placed);

-- rebuild of table orders (SQLite cannot alter it in place: drop column qty, which check constraint ck_orders_qty uses)

CREATE TABLE _migc_tmp_orders (
    id INTEGER NOT NULL,
    parent_id INTEGER,
    placed DATE,
    shipped BOOLEAN DEFAULT 0 NOT NULL,
    memo TEXT,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT fk_orders_parent_id_orders FOREIGN KEY (parent_id) REFERENCES orders (id)
);

INSERT INTO _migc_tmp_orders (id, parent_id, placed, shipped, memo)
SELECT id, parent_id, placed, shipped, memo FROM orders;

DROP TABLE orders;

ALTER TABLE _migc_tmp_orders RENAME TO orders;

CREATE INDEX ix_orders_open ON orders (id) WHERE shipped = 0;

CREATE INDEX ix_orders_placed ON orders (placed);

-- rebuild of table orders (SQLite cannot alter it in place: drop column placed, which index ix_orders_placed uses; drop column shipped, which index ix_orders_open uses)

CREATE TABLE _migc_tmp_orders (
    id INTEGER NOT NULL,
    parent_id INTEGER,
    memo TEXT,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT fk_orders_parent_id_orders FOREIGN KEY (parent_id) REFERENCES orders (id)
);

INSERT INTO _migc_tmp_orders (id, parent_id, memo)
SELECT id, parent_id, memo FROM orders;

DROP TABLE orders;

ALTER TABLE _migc_tmp_orders RENAME TO orders;

UPDATE migc_version SET version_num='rb08' WHERE migc_version.version_num = 'rb07';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

