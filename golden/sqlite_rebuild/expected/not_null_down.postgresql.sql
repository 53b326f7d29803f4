-- migc 0.1.0 | postgresql 15 | downgrade rb04 -> rb03 | 1 revision
-- source: sha256:c075f2cb0608fc7272a68d5f9385fa0abfaf11284a389b4a7685fb5ae0fe6b71
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade rb04 -> rb03
-- then make it NOT NULL

ALTER TABLE accounts ALTER COLUMN status DROP NOT NULL;

UPDATE migc_version SET version_num='rb03' WHERE migc_version.version_num = 'rb04';

COMMIT;

