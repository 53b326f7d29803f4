-- migc 0.1.0 | postgresql 15 | downgrade af000000c002 -> base | 2 revisions
-- source: sha256:9cbf4b9ed46a3c882207080c75ae69ea0ebd06737d2422d198fd4b1f81db7104
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade af000000c002 -> af000000c001
-- renames to and from names that need quotes

ALTER TABLE "from" RENAME TO "Order";

ALTER TABLE "user" DROP COLUMN "Primary";

ALTER TABLE "user" RENAME COLUMN "table" TO "with space";

UPDATE migc_version SET version_num='af000000c001' WHERE migc_version.version_num = 'af000000c002';

-- Running downgrade af000000c001 -> 
-- reserved words, mixed case and odd characters as names

DROP INDEX "IX Mixed";

DROP TABLE "Order";

DROP TABLE "user";

DELETE FROM migc_version WHERE migc_version.version_num = 'af000000c001';

COMMIT;

