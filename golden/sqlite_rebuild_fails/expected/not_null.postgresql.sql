-- migc 0.1.0 | postgresql 15 | upgrade rf01 -> rf03 | 1 revision
-- source: sha256:f9745b094b7c42f39cc740542f128dae28431e5c844b9e8845b0194061f66732
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade rf01 -> rf03
-- NOT NULL on a column that holds a NULL

ALTER TABLE items ALTER COLUMN price SET NOT NULL;

UPDATE migc_version SET version_num='rf03' WHERE migc_version.version_num = 'rf01';

COMMIT;

