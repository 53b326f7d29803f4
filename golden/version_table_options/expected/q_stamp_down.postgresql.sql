-- migc 0.1.0 | postgresql 15 | stamp d2000000ee02 -> d1000000ee01 | 0 revisions
-- source: sha256:85ba37c17cfd34cfbeb301ab5e1d599b5cfe276def751da7f4c6b69afcfa35bd
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision d2000000ee02 -> d1000000ee01

UPDATE public.alembic_version SET version_num='d1000000ee01' WHERE public.alembic_version.version_num = 'd2000000ee02';

COMMIT;

