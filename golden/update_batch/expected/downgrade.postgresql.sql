-- migc 0.1.0 | postgresql 15 | downgrade b2000000e002 -> base | 2 revisions
-- source: sha256:cdcd721df59eaec16769624681163398130e10533d53c9733c1215739c1578a1
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade b2000000e002 -> b2000000e001
-- batched backfills, plain updates and deletes

UPDATE users SET status = 'new';

DELETE FROM "Memberships";

UPDATE migc_version SET version_num='b2000000e001' WHERE migc_version.version_num = 'b2000000e002';

-- Running downgrade b2000000e001 -> 
-- users and a composite-key table

DROP TABLE "Memberships";

DROP TABLE users;

DELETE FROM migc_version WHERE migc_version.version_num = 'b2000000e001';

COMMIT;

