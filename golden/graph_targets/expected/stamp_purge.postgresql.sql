-- migc 0.1.0 | postgresql 15 | stamp base -> m4d | 0 revisions
-- source: sha256:49cade02d90dd71e79ce2f6ade36242736219f27c5f16db1d3574bf621a6cdcb
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

DELETE FROM migc_version;

-- Running stamp_revision  -> m4d

INSERT INTO migc_version (version_num) VALUES ('m4d');

COMMIT;

