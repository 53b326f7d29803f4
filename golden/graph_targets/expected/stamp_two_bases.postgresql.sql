-- migc 0.1.0 | postgresql 15 | stamp m4d, s3c -> base | 0 revisions
-- source: sha256:523e7e89ef19aae00acfe6f0d7c626a455f60ddedbc14fdcdca2a209a30794e8
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision m4d -> 

DELETE FROM migc_version WHERE migc_version.version_num = 'm4d';

-- Running stamp_revision s3c -> 

DELETE FROM migc_version WHERE migc_version.version_num = 's3c';

COMMIT;

