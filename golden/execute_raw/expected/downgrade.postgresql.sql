-- migc 0.1.0 | postgresql 15 | downgrade b3000000f001 -> base | 1 revision
-- source: sha256:d71d08dc79c48902ca3aad0b125bf7929702f14904e99394a5e70899ad90db42
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

