-- migc 0.1.0 | postgresql 15 | downgrade rb09 -> rb08 | 1 revision
-- source: sha256:9409fe35d5d8dc24dcdbf72bbbc5badede8b1355066650e6a84735c6a438fa77
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade rb09 -> rb08
-- several actions in one alter table: one rebuild

ALTER TABLE accounts ALTER COLUMN score DROP DEFAULT;

ALTER TABLE accounts ALTER COLUMN note TYPE TEXT;

ALTER TABLE accounts DROP COLUMN joined;

ALTER TABLE accounts ADD COLUMN legacy TEXT;

ALTER TABLE accounts RENAME COLUMN login TO email;

UPDATE migc_version SET version_num='rb08' WHERE migc_version.version_num = 'rb09';

COMMIT;

