-- migc 0.1.0 | sqlite 3.40 | upgrade rf01 -> rf02 | 1 revision
-- source: sha256:a4f9e0b1004fd047dc92afeedd07a8a046618c5af435d1fdc1dfd579afc1f323
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running upgrade rf01 -> rf02
-- a foreign key that child 2 breaks

-- rebuild of table children (SQLite cannot alter it in place: add foreign key constraint fk_children_parent)

CREATE TABLE _migc_tmp_children (
    id INTEGER NOT NULL,
    parent_id INTEGER,
    CONSTRAINT pk_children PRIMARY KEY (id),
    CONSTRAINT fk_children_parent FOREIGN KEY (parent_id) REFERENCES parents (id)
);

INSERT INTO _migc_tmp_children (id, parent_id)
SELECT id, parent_id FROM children;

DROP TABLE children;

ALTER TABLE _migc_tmp_children RENAME TO children;

UPDATE migc_version SET version_num='rf02' WHERE migc_version.version_num = 'rf01';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

