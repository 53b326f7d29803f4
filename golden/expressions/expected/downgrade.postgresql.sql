-- migc 0.1.0 | postgresql 15 | downgrade b1000000d002 -> base | 2 revisions
-- source: sha256:1b2dfe651f60289a657eee4ea4a416f7bd8eeb1d9796acf6ccad764d64f344e8
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade b1000000d002 -> b1000000d001
-- expressions in update and delete

DELETE FROM products;

UPDATE migc_version SET version_num='b1000000d001' WHERE migc_version.version_num = 'b1000000d002';

-- Running downgrade b1000000d001 -> 
-- expressions in checks, defaults and indexes

DROP TABLE products;

DELETE FROM migc_version WHERE migc_version.version_num = 'b1000000d001';

COMMIT;

