-- migc 0.1.0 | postgresql 15 | downgrade c1000000d001 -> base | 1 revision
-- source: sha256:2675232a7befd0eff2986063ac33a7afc123ea6ebbe1fea0488172422e22c894
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

