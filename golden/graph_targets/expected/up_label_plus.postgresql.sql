-- migc 0.1.0 | postgresql 15 | upgrade m3c -> m4d | 1 revision
-- source: sha256:7cf5463e5415118ec2848671cdcb56a57e7e82f59216a666ef634a4cc24ead13
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade m3c -> m4d
-- create t_m4d

CREATE TABLE t_m4d (
    id INTEGER
);

UPDATE migc_version SET version_num='m4d' WHERE migc_version.version_num = 'm3c';

COMMIT;

