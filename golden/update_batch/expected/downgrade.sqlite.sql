-- migc 0.1.0 | sqlite 3.40 | downgrade b2000000e002 -> base | 2 revisions
-- source: sha256:e588c6b2feb65b2ac861f6803c511ae550c6af430b463fc029dfc4578fde3052
-- run with: sqlite3 -bail app.db < script.sql

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

