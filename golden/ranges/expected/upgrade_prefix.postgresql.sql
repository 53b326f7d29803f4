-- migc 0.1.0 | postgresql 15 | upgrade base -> c2b2000000bb | 2 revisions
-- source: sha256:1dd4582152908a6decbfabb0e2290294f3e08f81a27e7026d561ad76a2e9e480
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> c1a1000000aa
-- step 1

CREATE TABLE step1 (
    id INTEGER NOT NULL,
    CONSTRAINT pk_step1 PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('c1a1000000aa');

-- Running upgrade c1a1000000aa -> c2b2000000bb
-- step 2

CREATE TABLE step2 (
    id INTEGER NOT NULL,
    CONSTRAINT pk_step2 PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='c2b2000000bb' WHERE migc_version.version_num = 'c1a1000000aa';

COMMIT;

