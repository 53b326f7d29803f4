-- migc 0.1.0 | postgresql 15 | downgrade b2000000e002 -> base | 2 revisions
-- source: sha256:2d911e731f744e90b7413c76d2da780eda1bbfa67fba12945a36698d05eaec66
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

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

