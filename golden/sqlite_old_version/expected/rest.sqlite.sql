-- migc 0.1.0 | sqlite 3.24 | upgrade d6000000aa01 -> d7000000aa02 | 1 revision
-- source: sha256:63aee636ec0968e5a7a8d506a7a1d5c7acdd533c1dd8cfa345fb732c3cbf2886
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running upgrade d6000000aa01 -> d7000000aa02
-- column changes an old SQLite cannot do

-- rebuild of table customers (SQLite cannot alter it in place: rename column nm (SQLite before 3.25))

CREATE TABLE _migc_tmp_customers (
    id INTEGER NOT NULL,
    name TEXT,
    tmp INTEGER,
    email TEXT,
    CONSTRAINT pk_clients PRIMARY KEY (id)
);

INSERT INTO _migc_tmp_customers (id, name, tmp, email)
SELECT id, nm, tmp, email FROM customers;

DROP TABLE customers;

ALTER TABLE _migc_tmp_customers RENAME TO customers;

CREATE INDEX ix_clients_nm ON customers (name);

-- rebuild of table customers (SQLite cannot alter it in place: drop column tmp (SQLite before 3.35))

CREATE TABLE _migc_tmp_customers (
    id INTEGER NOT NULL,
    name TEXT,
    email TEXT,
    CONSTRAINT pk_clients PRIMARY KEY (id)
);

INSERT INTO _migc_tmp_customers (id, name, email)
SELECT id, name, email FROM customers;

DROP TABLE customers;

ALTER TABLE _migc_tmp_customers RENAME TO customers;

CREATE INDEX ix_clients_nm ON customers (name);

UPDATE migc_version SET version_num='d7000000aa02' WHERE migc_version.version_num = 'd6000000aa01';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

