-- migc 0.1.0 | postgresql 15 | upgrade rb01 -> rb03 | 2 revisions
-- source: sha256:46b9aa40424ef1da1f71fd51c20fbbd4af82612cc2ffc806a154585e3cba82af
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade rb01 -> rb02
-- type changes, one with using

ALTER TABLE accounts ALTER COLUMN code TYPE INTEGER USING CAST(code AS INTEGER);

ALTER TABLE accounts ALTER COLUMN nick TYPE TEXT;

UPDATE migc_version SET version_num='rb02' WHERE migc_version.version_num = 'rb01';

-- Running upgrade rb02 -> rb03
-- add a nullable column and backfill it

ALTER TABLE accounts ADD COLUMN status VARCHAR(10);

UPDATE accounts SET status = 'active';

UPDATE migc_version SET version_num='rb03' WHERE migc_version.version_num = 'rb02';

COMMIT;

