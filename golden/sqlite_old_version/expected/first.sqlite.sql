-- migc 0.1.0 | sqlite 3.24 | upgrade base -> d6000000aa01 | 1 revision
-- source: sha256:90da4546a71bb706c328f871ce0a2fb64c5621921414572d6a47374af2d8865a
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

ALTER TABLE clients RENAME TO customers;

ALTER TABLE customers ADD COLUMN email TEXT;

INSERT INTO migc_version (version_num) VALUES ('d6000000aa01');

COMMIT;

