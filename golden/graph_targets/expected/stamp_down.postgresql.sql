-- migc 0.1.0 | postgresql 15 | stamp m4d, s3c -> m2b | 0 revisions
-- source: sha256:4b8f845900636a64d00e9db11d2604797fb5c22c0e4888ba83452dacf1ee27a7
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision m4d, s3c -> m2b

DELETE FROM migc_version WHERE migc_version.version_num = 'm4d';

UPDATE migc_version SET version_num='m2b' WHERE migc_version.version_num = 's3c';

COMMIT;

