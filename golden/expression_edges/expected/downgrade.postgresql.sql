-- migc 0.1.0 | postgresql 15 | downgrade ee01 -> base | 1 revision
-- source: sha256:d70e814d7dcbb49709ea9d73812fce816864ae53af872c61c810f541e1424c8e
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade ee01 -> 
-- counters

DROP TABLE counters;

DELETE FROM migc_version WHERE migc_version.version_num = 'ee01';

COMMIT;

