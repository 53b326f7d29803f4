-- migc 0.1.0 | postgresql 15 | downgrade s3c, m4d -> s3c | 2 revisions
-- source: sha256:4e5f27c0a7bd5e6084e74cc5638341e5c72609a43f0621ee52f2b5dcaa889450
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade m4d -> m3c
-- create t_m4d

DROP TABLE t_m4d;

UPDATE migc_version SET version_num='m3c' WHERE migc_version.version_num = 'm4d';

-- Running downgrade m3c -> m2b
-- create t_m3c

DROP TABLE t_m3c;

DELETE FROM migc_version WHERE migc_version.version_num = 'm3c';

COMMIT;

