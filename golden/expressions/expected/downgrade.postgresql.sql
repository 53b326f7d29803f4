-- migc 0.1.0 | postgresql 15 | downgrade b1000000d002 -> base | 2 revisions
-- source: sha256:1019b9dad5d1312e392a263d3b00b01d33aedc07590532db16b335f71f0ed435
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

