-- migc 0.1.0 | postgresql 15 | downgrade rb10 -> rb09 | 1 revision
-- source: sha256:c075f2cb0608fc7272a68d5f9385fa0abfaf11284a389b4a7685fb5ae0fe6b71
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade rb10 -> rb09
-- add a primary-key identity column and a unique column to a table with rows

ALTER TABLE tags DROP COLUMN slug;

ALTER TABLE tags DROP COLUMN id;

UPDATE migc_version SET version_num='rb09' WHERE migc_version.version_num = 'rb10';

COMMIT;

