-- migc 0.1.0 | postgresql 15 | upgrade base -> e2000000a002 | 2 revisions
-- source: sha256:d450b84b867366f5786976cc1149fcddac8107a0d7be7bb5975495e47072730b
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> e1000000a001
-- two tables

CREATE TABLE drafts (
    id INTEGER NOT NULL,
    body TEXT,
    CONSTRAINT pk_drafts PRIMARY KEY (id)
);

CREATE TABLE scratch (
    id INTEGER NOT NULL,
    CONSTRAINT pk_scratch PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('e1000000a001');

-- Running upgrade e1000000a001 -> e2000000a002
-- rename drafts to documents, drop scratch

ALTER TABLE drafts RENAME TO documents;

DROP TABLE scratch;

DROP TABLE IF EXISTS never_created;

UPDATE migc_version SET version_num='e2000000a002' WHERE migc_version.version_num = 'e1000000a001';

COMMIT;

