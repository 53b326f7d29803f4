-- migc 0.1.0 | sqlite 3.40 | upgrade rf01 -> rf05 | 1 revision
-- source: sha256:8115a0c7aea510c79c2b290dcd5cfb3a2bb11505062fabcb3c84953c80a4db0e
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running upgrade rf01 -> rf05
-- a rebuild that succeeds, then a statement that fails

-- rebuild of table items (SQLite cannot alter it in place: change the type of column price)

CREATE TABLE _migc_tmp_items (
    id INTEGER NOT NULL,
    price BIGINT,
    CONSTRAINT pk_items PRIMARY KEY (id)
);

INSERT INTO _migc_tmp_items (id, price)
SELECT id, price FROM items;

DROP TABLE items;

ALTER TABLE _migc_tmp_items RENAME TO items;

INSERT INTO items (id, price) VALUES (1, 5);

UPDATE migc_version SET version_num='rf05' WHERE migc_version.version_num = 'rf01';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

