-- migc 0.1.0 | postgresql 10 | downgrade b2000000e002 -> b2000000e001 | 1 revision
-- source: sha256:cff320deb5f164ac16feb67da68bc0f8be70c612ee751616fb680685a966e5fe
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade b2000000e002 -> b2000000e001
-- batched backfills, plain updates and deletes

UPDATE users SET status = 'new';

DELETE FROM "Memberships";

UPDATE migc_version SET version_num='b2000000e001' WHERE migc_version.version_num = 'b2000000e002';

COMMIT;

