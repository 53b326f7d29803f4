-- migc 0.1.0 | postgresql 15 | upgrade base -> d1000000ee01 | 1 revision
-- source: sha256:b24f03846bbbad8830beb2028c26fe7fbbea416521eb8a22be28b60c4045eaf7
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

