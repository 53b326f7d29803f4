-- migc 0.1.0 | sqlite 3.40 | upgrade rb07 -> rb09 | 2 revisions
-- source: sha256:39f0abc1d6d5c0e1cb7e16077439f1adf53a75e275be4378a9b42822ecc2931e
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

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

-- Running upgrade rb08 -> rb09
-- several actions in one alter table: one rebuild

-- rebuild of table accounts (SQLite cannot alter it in place: change the type of column note; change the default of column score)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    login VARCHAR(100) NOT NULL,
    code INTEGER,
    plan_id INTEGER,
    score INTEGER DEFAULT 0,
    note VARCHAR(200),
    nick TEXT,
    status VARCHAR(10) DEFAULT 'new' NOT NULL,
    joined DATE DEFAULT '2025-01-01'
);

INSERT INTO _migc_tmp_accounts (id, login, code, plan_id, score, note, nick, status)
SELECT id, email, code, plan_id, score, note, nick, status FROM accounts;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_accounts';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_accounts', seq FROM sqlite_sequence WHERE name = 'accounts';

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

CREATE UNIQUE INDEX ix_accounts_email ON accounts (login);

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

UPDATE migc_version SET version_num='rb09' WHERE migc_version.version_num = 'rb08';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

