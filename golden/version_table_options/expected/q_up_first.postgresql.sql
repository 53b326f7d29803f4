-- migc 0.1.0 | postgresql 15 | upgrade base -> d1000000ee01 | 1 revision
-- source: sha256:72bce149e7835abc2614e98ebde2c654453dc099e659607cf034f4a3600fbe43
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE public.alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> d1000000ee01
-- first

CREATE TABLE a (
    id INTEGER NOT NULL,
    CONSTRAINT pk_a PRIMARY KEY (id)
);

INSERT INTO public.alembic_version (version_num) VALUES ('d1000000ee01');

COMMIT;

