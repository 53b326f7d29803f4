-- migc 0.1.0 | postgresql 15 | upgrade base -> d7000000aa02 | 2 revisions
-- source: sha256:cc8a02805fdb62b3017e93a42880ab38b26830158111364f830dcfb92f86ed9e
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

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

-- Running upgrade d6000000aa01 -> d7000000aa02
-- column changes an old SQLite cannot do

ALTER TABLE customers RENAME COLUMN nm TO name;

ALTER TABLE customers DROP COLUMN tmp;

UPDATE migc_version SET version_num='d7000000aa02' WHERE migc_version.version_num = 'd6000000aa01';

COMMIT;

