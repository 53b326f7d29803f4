-- migc 0.1.0 | postgresql 15 | downgrade c7000000a001 -> base | 1 revision
-- source: sha256:adf101a35af73548259a0f79a71102ca4023c3747099841059572fe197da81c0
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade c7000000a001 -> 
-- comments on tables and columns

COMMENT ON COLUMN notes.id IS '';

DROP TABLE notes;

DELETE FROM migc_version WHERE migc_version.version_num = 'c7000000a001';

COMMIT;

