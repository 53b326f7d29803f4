-- migc 0.1.0 | postgresql 15 | upgrade rb01 -> rb02 | 1 revision
-- source: sha256:72afdf1ff6f3841b7ba7b95851d4c97733b3fbd992d07a8a8585fc65f7f59fdc
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade rb01 -> rb02
-- type changes, one with using

ALTER TABLE accounts ALTER COLUMN code TYPE INTEGER USING CAST(code AS INTEGER);

ALTER TABLE accounts ALTER COLUMN nick TYPE TEXT;

UPDATE migc_version SET version_num='rb02' WHERE migc_version.version_num = 'rb01';

COMMIT;

