-- migc 0.1.0 | postgresql 15 | upgrade rb03 -> rb04 | 1 revision
-- source: sha256:67bb8c703357b762fd6f89dbc6e099650b97a86d8dbc78bc0e6fc2776f8c30a3
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade rb03 -> rb04
-- then make it NOT NULL

ALTER TABLE accounts ALTER COLUMN status SET NOT NULL;

UPDATE migc_version SET version_num='rb04' WHERE migc_version.version_num = 'rb03';

COMMIT;

