-- migc 0.1.0 | postgresql 15 | downgrade c1000000d001 -> base | 1 revision
-- source: sha256:55888df80e0009837cfe4fad47acec99cb728e811a80c0e5e3395b6123bf0b04
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade c1000000d001 -> 
-- table-level constraints, named and unnamed

DROP TABLE moves;

DROP TABLE shelves;

DROP TABLE warehouses;

DELETE FROM migc_version WHERE migc_version.version_num = 'c1000000d001';

COMMIT;

