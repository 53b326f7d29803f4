-- migc 0.1.0 | postgresql 15 | downgrade b5000000b001 -> base | 1 revision
-- source: sha256:33e25e014da71334cb43a1ff2876546402223d7b6a54839ed56673afd37b433e
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

