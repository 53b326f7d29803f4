-- migc 0.1.0 | postgresql 15 | downgrade d2000000ee02 -> base | 2 revisions
-- source: sha256:1f78a45039e3fb9055f38d584502995a19ba6286818ee4133c78ff13d72a8954
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade d2000000ee02 -> d1000000ee01
-- second

DROP TABLE b;

UPDATE alembic_version SET version_num='d1000000ee01' WHERE alembic_version.version_num = 'd2000000ee02';

-- Running downgrade d1000000ee01 -> 
-- first

DROP TABLE a;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd1000000ee01';

COMMIT;

