-- migc 0.1.0 | postgresql 15 | downgrade rb04 -> rb03 | 1 revision
-- source: sha256:079910661dccfbf333fd2ef10c9520bf9dfb0a99476f118f58d18096e5899138
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade rb04 -> rb03
-- then make it NOT NULL

ALTER TABLE accounts ALTER COLUMN status DROP NOT NULL;

UPDATE migc_version SET version_num='rb03' WHERE migc_version.version_num = 'rb04';

COMMIT;

