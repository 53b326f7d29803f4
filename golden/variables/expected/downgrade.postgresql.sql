-- migc 0.1.0 | postgresql 15 | downgrade b5000000b001 -> base | 1 revision
-- source: sha256:abd5064289e99a011ef9b5c201cbd28473105440f8fb9ddb748f8f4ec7a91839
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade b5000000b001 -> 
-- a tenant schema named by -x schema=...

DROP TABLE app.accounts;

DROP SCHEMA app;

DELETE FROM migc_version WHERE migc_version.version_num = 'b5000000b001';

COMMIT;

