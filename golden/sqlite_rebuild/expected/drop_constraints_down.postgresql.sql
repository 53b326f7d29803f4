-- migc 0.1.0 | postgresql 15 | downgrade rb07 -> rb06 | 1 revision
-- source: sha256:fbd3b1061045c41f01cce50f9b26c0078e32c129a82c1bce39aa9036725cc223
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade rb07 -> rb06
-- drop a constraint of each kind

ALTER TABLE tags ADD CONSTRAINT pk_tags PRIMARY KEY (name);

ALTER TABLE accounts ADD CONSTRAINT fk_accounts_plan FOREIGN KEY (plan_id) REFERENCES plans (id);

ALTER TABLE accounts ADD CONSTRAINT uq_accounts_code UNIQUE (code);

ALTER TABLE accounts ADD CONSTRAINT ck_accounts_score CHECK (score >= 0);

UPDATE migc_version SET version_num='rb06' WHERE migc_version.version_num = 'rb07';

COMMIT;

