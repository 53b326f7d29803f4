-- migc 0.1.0 | postgresql 15 | upgrade rb04 -> rb06 | 2 revisions
-- source: sha256:c2a9725f2f0a78f82b5054ed020fc02c183021afba83caf28476d53f1ee3d1cc
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade rb04 -> rb05
-- defaults: drop one, set one

ALTER TABLE accounts ALTER COLUMN note DROP DEFAULT;

ALTER TABLE accounts ALTER COLUMN status SET DEFAULT 'new';

UPDATE migc_version SET version_num='rb05' WHERE migc_version.version_num = 'rb04';

-- Running upgrade rb05 -> rb06
-- add a constraint of each kind

ALTER TABLE accounts ADD CONSTRAINT ck_accounts_score CHECK (score >= 0);

ALTER TABLE accounts ADD CONSTRAINT uq_accounts_code UNIQUE (code);

ALTER TABLE accounts ADD CONSTRAINT fk_accounts_plan FOREIGN KEY (plan_id) REFERENCES plans (id);

ALTER TABLE tags ADD CONSTRAINT pk_tags PRIMARY KEY (name);

UPDATE migc_version SET version_num='rb06' WHERE migc_version.version_num = 'rb05';

COMMIT;

