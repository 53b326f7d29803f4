-- migc 0.1.0 | postgresql 15 | stamp c4d4000000dd -> base | 0 revisions
-- source: sha256:5521e25e845a8665b0f5e2a2b74b10e62823c1c68291a362b0ef8b58093e7d19
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision c4d4000000dd -> 

DELETE FROM migc_version WHERE migc_version.version_num = 'c4d4000000dd';

COMMIT;

