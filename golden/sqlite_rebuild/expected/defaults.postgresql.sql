-- migc 0.1.0 | postgresql 15 | upgrade rb03 -> rb05 | 2 revisions
-- source: sha256:c0c9922f7c21374ba081c13d0d84642f391a606b35ba37e80860543c48974bab
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade rb03 -> rb04
-- then make it NOT NULL

ALTER TABLE accounts ALTER COLUMN status SET NOT NULL;

UPDATE migc_version SET version_num='rb04' WHERE migc_version.version_num = 'rb03';

-- Running upgrade rb04 -> rb05
-- defaults: drop one, set one

ALTER TABLE accounts ALTER COLUMN note DROP DEFAULT;

ALTER TABLE accounts ALTER COLUMN status SET DEFAULT 'new';

UPDATE migc_version SET version_num='rb05' WHERE migc_version.version_num = 'rb04';

COMMIT;

