-- migc 0.1.0 | sqlite 3.24 | downgrade d7000000aa02 -> base | 2 revisions
-- source: sha256:68133643160978df064ce5b4c6abd7d0e38debdb7f1c0b500b0f2f0369d5a0b9
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running downgrade d7000000aa02 -> d6000000aa01
-- column changes an old SQLite cannot do

ALTER TABLE customers ADD COLUMN tmp INTEGER;

-- rebuild of table customers (SQLite cannot alter it in place: rename column name (SQLite before 3.25))

CREATE TABLE _migc_tmp_customers (
    id INTEGER NOT NULL,
    nm TEXT,
    email TEXT,
    tmp INTEGER,
    CONSTRAINT pk_clients PRIMARY KEY (id)
);

INSERT INTO _migc_tmp_customers (id, nm, email, tmp)
SELECT id, name, email, tmp FROM customers;

DROP TABLE customers;

ALTER TABLE _migc_tmp_customers RENAME TO customers;

CREATE INDEX ix_clients_nm ON customers (nm);

UPDATE migc_version SET version_num='d6000000aa01' WHERE migc_version.version_num = 'd7000000aa02';

-- Running downgrade d6000000aa01 -> 
-- a table, renamed

ALTER TABLE customers RENAME TO clients;

DROP TABLE clients;

DELETE FROM migc_version WHERE migc_version.version_num = 'd6000000aa01';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

