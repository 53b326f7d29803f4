-- migc 0.1.0 | postgresql 15 | downgrade d2000000ee02 -> base | 2 revisions
-- source: sha256:0e2ec1e8035d3309f27199e9eeca4bd060f010e5e86581d9aabfa5166d2dca7f
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade d2000000ee02 -> d1000000ee01
-- second

DROP TABLE b;

UPDATE public.alembic_version SET version_num='d1000000ee01' WHERE public.alembic_version.version_num = 'd2000000ee02';

-- Running downgrade d1000000ee01 -> 
-- first

DROP TABLE a;

DELETE FROM public.alembic_version WHERE public.alembic_version.version_num = 'd1000000ee01';

COMMIT;

