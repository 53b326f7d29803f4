-- migc 0.1.0 | sqlite 3.40 | downgrade ae000000b002 -> base | 2 revisions
-- source: sha256:0f955e870901a0ce7c9ecdd1571674fa5b0be7fcf675a8f344030b3595bad6cf
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade ae000000b002 -> ae000000b001
-- literals in data

DELETE FROM samples WHERE id IN (1, 2, 3);

UPDATE migc_version SET version_num='ae000000b001' WHERE migc_version.version_num = 'ae000000b002';

-- Running downgrade ae000000b001 -> 
-- literals in defaults

DROP TABLE samples;

DELETE FROM migc_version WHERE migc_version.version_num = 'ae000000b001';

COMMIT;

