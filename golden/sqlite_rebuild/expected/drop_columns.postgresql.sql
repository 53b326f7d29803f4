-- migc 0.1.0 | postgresql 15 | upgrade rb06 -> rb08 | 2 revisions
-- source: sha256:7096c53756316536ec8d4915c13707c0d1cf016adfbb29bf9296a635a5408e42
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade rb06 -> rb07
-- drop a constraint of each kind

ALTER TABLE accounts DROP CONSTRAINT ck_accounts_score;

ALTER TABLE accounts DROP CONSTRAINT uq_accounts_code;

ALTER TABLE accounts DROP CONSTRAINT fk_accounts_plan;

ALTER TABLE tags DROP CONSTRAINT pk_tags;

UPDATE migc_version SET version_num='rb07' WHERE migc_version.version_num = 'rb06';

-- Running upgrade rb07 -> rb08
-- drop columns that a foreign key, a unique key, a check, an index and an index predicate use

ALTER TABLE orders DROP COLUMN account_id;

ALTER TABLE orders DROP COLUMN ref;

ALTER TABLE orders DROP COLUMN qty;

ALTER TABLE orders DROP COLUMN placed;

ALTER TABLE orders DROP COLUMN shipped;

UPDATE migc_version SET version_num='rb08' WHERE migc_version.version_num = 'rb07';

COMMIT;

