-- migc 0.1.0 | postgresql 15 | upgrade rf01 -> rf05 | 1 revision
-- source: sha256:279cfd4e156d72f9055cd8cddd25012db454befa1061432dc1f08ac1dee9efc2
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade rf01 -> rf05
-- a rebuild that succeeds, then a statement that fails

ALTER TABLE items ALTER COLUMN price TYPE BIGINT;

INSERT INTO items (id, price) VALUES (1, 5);

UPDATE migc_version SET version_num='rf05' WHERE migc_version.version_num = 'rf01';

COMMIT;

