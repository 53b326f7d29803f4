-- migc 0.1.0 | sqlite 3.24 | upgrade base -> d6000000aa01 | 1 revision
-- source: sha256:5cd9ff9376b23f8f4a27ff364c92d65be1902455a9386319e611ebd5e471d24c
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> d6000000aa01
-- a table, renamed

CREATE TABLE clients (
    id INTEGER NOT NULL,
    nm TEXT,
    tmp INTEGER,
    CONSTRAINT pk_clients PRIMARY KEY (id)
);

CREATE INDEX ix_clients_nm ON clients (nm);

INSERT INTO clients (id, nm, tmp) VALUES
    (1, 'Ann', 7),
    (2, 'Bob', NULL);

ALTER TABLE clients RENAME TO customers;

ALTER TABLE customers ADD COLUMN email TEXT;

INSERT INTO migc_version (version_num) VALUES ('d6000000aa01');

COMMIT;

