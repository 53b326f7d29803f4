-- migc 0.1.0 | postgresql 15 | downgrade f2000000b002 -> base | 2 revisions
-- source: sha256:19b51cd80d3a8bbe98d5441491426d0b5e119473ad0ee048b0962b5fd7c2e817
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade f2000000b002 -> f1000000b001
-- add, drop and rename columns

ALTER TABLE accounts RENAME COLUMN username TO login;

ALTER TABLE accounts ADD COLUMN legacy TEXT;

ALTER TABLE accounts DROP COLUMN credits;

ALTER TABLE accounts DROP COLUMN plan_id;

ALTER TABLE accounts DROP COLUMN nickname;

UPDATE migc_version SET version_num='f1000000b001' WHERE migc_version.version_num = 'f2000000b002';

-- Running downgrade f1000000b001 -> 
-- accounts

DROP TABLE plans;

DROP TABLE accounts;

DELETE FROM migc_version WHERE migc_version.version_num = 'f1000000b001';

COMMIT;

