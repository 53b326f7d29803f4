-- migc 0.1.0 | postgresql 15 | downgrade rb06 -> rb05 | 1 revision
-- source: sha256:3e4853fcdb316eb67641802a1b3fc1b1a3e240a6bed6363dfea0a6a795c38e7b
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade rb06 -> rb05
-- add a constraint of each kind

ALTER TABLE tags DROP CONSTRAINT pk_tags;

ALTER TABLE accounts DROP CONSTRAINT fk_accounts_plan;

ALTER TABLE accounts DROP CONSTRAINT uq_accounts_code;

ALTER TABLE accounts DROP CONSTRAINT ck_accounts_score;

UPDATE migc_version SET version_num='rb05' WHERE migc_version.version_num = 'rb06';

COMMIT;

