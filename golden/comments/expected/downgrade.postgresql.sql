-- migc 0.1.0 | postgresql 15 | downgrade c7000000a001 -> base | 1 revision
-- source: sha256:707ba7d9522fcd8913e19790468915806d3978acb1bf2440bceb27f8b8a27249
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

