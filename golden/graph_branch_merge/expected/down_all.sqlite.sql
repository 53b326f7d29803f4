-- migc 0.1.0 | sqlite 3.40 | downgrade f6 -> base | 6 revisions
-- source: sha256:797934049cb895b3855352d0b8efce4329b890c79ce47d42b7c49ddcece52c54
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade f6 -> e5
-- create t_f6

DROP TABLE t_f6;

UPDATE migc_version SET version_num='e5' WHERE migc_version.version_num = 'f6';

-- Running downgrade e5 -> c3, d4
-- merge the branches

INSERT INTO migc_version (version_num) VALUES ('c3');

UPDATE migc_version SET version_num='d4' WHERE migc_version.version_num = 'e5';

-- Running downgrade c3 -> b2
-- create t_c3 (branch one)

DROP TABLE t_c3;

DELETE FROM migc_version WHERE migc_version.version_num = 'c3';

-- Running downgrade d4 -> b2
-- create t_d4 (branch two)

DROP TABLE t_d4;

UPDATE migc_version SET version_num='b2' WHERE migc_version.version_num = 'd4';

-- Running downgrade b2 -> a1
-- create t_b2

DROP TABLE t_b2;

UPDATE migc_version SET version_num='a1' WHERE migc_version.version_num = 'b2';

-- Running downgrade a1 -> 
-- create t_a1

DROP TABLE t_a1;

DELETE FROM migc_version WHERE migc_version.version_num = 'a1';

COMMIT;

