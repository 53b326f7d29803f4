-- migc 0.1.0 | postgresql 15 | upgrade base -> d2000000ee02 | 2 revisions
-- source: sha256:a609f44c2793f8bbda193466025e1ff6ea52819c1ca59307adedf178fb7982c9
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> d1000000ee01
-- first

CREATE TABLE a (
    id INTEGER NOT NULL,
    CONSTRAINT pk_a PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('d1000000ee01');

-- Running upgrade d1000000ee01 -> d2000000ee02
-- second

CREATE TABLE b (
    id INTEGER NOT NULL,
    CONSTRAINT pk_b PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='d2000000ee02' WHERE alembic_version.version_num = 'd1000000ee01';

COMMIT;

