-- migc 0.1.0 | postgresql 15 | downgrade rb02 -> rb01 | 1 revision
-- source: sha256:2dd0fb0a118273c22fb4f2d07837959286ca982b7e75b0eac877d8f4e0adaeae
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade rb02 -> rb01
-- type changes, one with using

ALTER TABLE accounts ALTER COLUMN nick TYPE VARCHAR(20);

ALTER TABLE accounts ALTER COLUMN code TYPE TEXT USING CAST(code AS TEXT);

UPDATE migc_version SET version_num='rb01' WHERE migc_version.version_num = 'rb02';

COMMIT;

