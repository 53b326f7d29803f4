-- migc 0.1.0 | postgresql 15 | upgrade c2b2000000bb -> c4d4000000dd | 2 revisions
-- source: sha256:45188f03a01df268054363b2d5f872c51feb5e75f8d1e7f474342b1d7bf06018
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade c2b2000000bb -> c3c3000000cc
-- step 3

CREATE TABLE step3 (
    id INTEGER NOT NULL,
    CONSTRAINT pk_step3 PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='c3c3000000cc' WHERE migc_version.version_num = 'c2b2000000bb';

-- Running upgrade c3c3000000cc -> c4d4000000dd
-- step 4

CREATE TABLE step4 (
    id INTEGER NOT NULL,
    CONSTRAINT pk_step4 PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='c4d4000000dd' WHERE migc_version.version_num = 'c3c3000000cc';

COMMIT;

