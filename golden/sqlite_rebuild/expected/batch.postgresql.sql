-- migc 0.1.0 | postgresql 15 | upgrade rb07 -> rb09 | 2 revisions
-- source: sha256:5834fb3c5470939045e3d68daf25f39461740303c85d0e28bb580dc163bb96cd
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade rb07 -> rb08
-- drop columns that a foreign key, a unique key, a check, an index and an index predicate use

ALTER TABLE orders DROP COLUMN account_id;

ALTER TABLE orders DROP COLUMN ref;

ALTER TABLE orders DROP COLUMN qty;

ALTER TABLE orders DROP COLUMN placed;

ALTER TABLE orders DROP COLUMN shipped;

UPDATE migc_version SET version_num='rb08' WHERE migc_version.version_num = 'rb07';

-- Running upgrade rb08 -> rb09
-- several actions in one alter table: one rebuild

ALTER TABLE accounts RENAME COLUMN email TO login;

ALTER TABLE accounts DROP COLUMN legacy;

ALTER TABLE accounts ADD COLUMN joined DATE DEFAULT DATE '2025-01-01';

ALTER TABLE accounts ALTER COLUMN note TYPE VARCHAR(200);

ALTER TABLE accounts ALTER COLUMN score SET DEFAULT 0;

UPDATE migc_version SET version_num='rb09' WHERE migc_version.version_num = 'rb08';

COMMIT;

