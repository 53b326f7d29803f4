-- migc 0.1.0 | sqlite 3.40 | downgrade c3, d4 -> b2 | 2 revisions
-- source: sha256:6f2ed6338885194b6eca3d8e00404241a72075c27ac1a29606ff0fef06b2bbe9
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade c3 -> b2
-- create t_c3 (branch one)

DROP TABLE t_c3;

DELETE FROM migc_version WHERE migc_version.version_num = 'c3';

-- Running downgrade d4 -> b2
-- create t_d4 (branch two)

DROP TABLE t_d4;

UPDATE migc_version SET version_num='b2' WHERE migc_version.version_num = 'd4';

COMMIT;

