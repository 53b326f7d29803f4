-- migc 0.1.0 | postgresql 15 | upgrade rb05 -> rb07 | 2 revisions
-- source: sha256:2fa1b424598bb567b8b8d8376f14ad02cd30dd499d2f23b25f3e66f1a4152897
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade rb05 -> rb06
-- add a constraint of each kind

ALTER TABLE accounts ADD CONSTRAINT ck_accounts_score CHECK (score >= 0);

ALTER TABLE accounts ADD CONSTRAINT uq_accounts_code UNIQUE (code);

ALTER TABLE accounts ADD CONSTRAINT fk_accounts_plan FOREIGN KEY (plan_id) REFERENCES plans (id);

ALTER TABLE tags ADD CONSTRAINT pk_tags PRIMARY KEY (name);

UPDATE migc_version SET version_num='rb06' WHERE migc_version.version_num = 'rb05';

-- Running upgrade rb06 -> rb07
-- drop a constraint of each kind

ALTER TABLE accounts DROP CONSTRAINT ck_accounts_score;

ALTER TABLE accounts DROP CONSTRAINT uq_accounts_code;

ALTER TABLE accounts DROP CONSTRAINT fk_accounts_plan;

ALTER TABLE tags DROP CONSTRAINT pk_tags;

UPDATE migc_version SET version_num='rb07' WHERE migc_version.version_num = 'rb06';

COMMIT;

