-- migc 0.1.0 | sqlite 3.40 | downgrade rb08 -> rb07 | 1 revision
-- source: sha256:3d53b7f8f7cc619fccc7f7c6e9650c559522390e5a655be85d78a02328cc11a8
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

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

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

