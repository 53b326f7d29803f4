-- migc 0.1.0 | sqlite 3.40 | downgrade af000000c002 -> base | 2 revisions
-- source: sha256:d2dce800d82fcc5eaf5582e4442143f831104f38fd094cfa48dd18454799eaf6
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade af000000c002 -> af000000c001
-- renames to and from names that need quotes

ALTER TABLE "from" RENAME TO "Order";

ALTER TABLE user DROP COLUMN "Primary";

ALTER TABLE user RENAME COLUMN "table" TO "with space";

UPDATE migc_version SET version_num='af000000c001' WHERE migc_version.version_num = 'af000000c002';

-- Running downgrade af000000c001 -> 
-- reserved words, mixed case and odd characters as names

DROP INDEX "IX Mixed";

DROP TABLE "Order";

DROP TABLE user;

DELETE FROM migc_version WHERE migc_version.version_num = 'af000000c001';

COMMIT;

