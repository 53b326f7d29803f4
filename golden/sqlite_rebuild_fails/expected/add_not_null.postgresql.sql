-- migc 0.1.0 | postgresql 15 | upgrade rf01 -> rf04 | 1 revision
-- source: sha256:8f9da0a6fab6d35fb6cac993ada7aea08c23dad1b2fc013d2439313c0c30a85c
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade rf01 -> rf04
-- a NOT NULL column without a default on a table with rows

ALTER TABLE items ADD COLUMN sku TEXT NOT NULL;

UPDATE migc_version SET version_num='rf04' WHERE migc_version.version_num = 'rf01';

COMMIT;

