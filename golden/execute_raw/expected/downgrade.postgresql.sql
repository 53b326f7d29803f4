-- migc 0.1.0 | postgresql 15 | downgrade b3000000f001 -> base | 1 revision
-- source: sha256:a3d343c6c706e74d9297c6df7947569946dc144d539f04725be50b75e9a2dbe4
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade b3000000f001 -> 
-- raw SQL for every dialect, per dialect, and with parameters

DROP VIEW v_settings;

DROP TABLE settings;

DELETE FROM migc_version WHERE migc_version.version_num = 'b3000000f001';

COMMIT;

