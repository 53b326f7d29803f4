-- migc 0.1.0 | postgresql 15 | stamp d1000000ee01 -> d2000000ee02 | 0 revisions
-- source: sha256:a3821c6f14ac18969ad00ba3197c58eb9fe2a8ce594ee3b09e7490cacc7f6c59
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision d1000000ee01 -> d2000000ee02

UPDATE public.alembic_version SET version_num='d2000000ee02' WHERE public.alembic_version.version_num = 'd1000000ee01';

COMMIT;

