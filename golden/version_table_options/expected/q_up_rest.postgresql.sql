-- migc 0.1.0 | postgresql 15 | upgrade d1000000ee01 -> d2000000ee02 | 1 revision
-- source: sha256:9b45ad6e0daec19b34fc978f345b9e8f885ec6e8882d2740038f9083e8451948
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade d1000000ee01 -> d2000000ee02
-- second

CREATE TABLE b (
    id INTEGER NOT NULL,
    CONSTRAINT pk_b PRIMARY KEY (id)
);

UPDATE public.alembic_version SET version_num='d2000000ee02' WHERE public.alembic_version.version_num = 'd1000000ee01';

COMMIT;

