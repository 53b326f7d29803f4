-- migc 0.1.0 | sqlite 3.40 | upgrade rf01 -> rf04 | 1 revision
-- source: sha256:1caec3d24a64133cebdee12bcb6cb9c355f70590ca92ca7f547f5f09a13e1d81
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running upgrade rf01 -> rf04
-- a NOT NULL column without a default on a table with rows

-- rebuild of table items (SQLite cannot alter it in place: add NOT NULL column sku without a default)

CREATE TABLE _migc_tmp_items (
    id INTEGER NOT NULL,
    price INTEGER,
    sku TEXT NOT NULL,
    CONSTRAINT pk_items PRIMARY KEY (id)
);

INSERT INTO _migc_tmp_items (id, price)
SELECT id, price FROM items;

DROP TABLE items;

ALTER TABLE _migc_tmp_items RENAME TO items;

UPDATE migc_version SET version_num='rf04' WHERE migc_version.version_num = 'rf01';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

