-- migc 0.1.0 | postgresql 15 | downgrade rb10 -> rb09 | 1 revision
-- source: sha256:eac4f2a010be180da550b6bfe50d5e9ccedb00bf391ac170b93a9cfb07cb45e3
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

