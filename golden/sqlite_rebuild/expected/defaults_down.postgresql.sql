-- migc 0.1.0 | postgresql 15 | downgrade rb05 -> rb04 | 1 revision
-- source: sha256:320aceea4ded905e2adb4f1078f26220c92f81e909385d02ff804e7e3eec1975
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade rb05 -> rb04
-- defaults: drop one, set one

ALTER TABLE accounts ALTER COLUMN status DROP DEFAULT;

ALTER TABLE accounts ALTER COLUMN note SET DEFAULT 'n/a';

UPDATE migc_version SET version_num='rb04' WHERE migc_version.version_num = 'rb05';

COMMIT;

