-- migc 0.1.0 | postgresql 15 | downgrade m4d, s3c -> m3c, s3c | 1 revision
-- source: sha256:593193354dab58fcebaeb97d1ed082e4a2f264127070b0250d7582d489bc8345
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade m4d -> m3c
-- create t_m4d

DROP TABLE t_m4d;

UPDATE migc_version SET version_num='m3c' WHERE migc_version.version_num = 'm4d';

COMMIT;

