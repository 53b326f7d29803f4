-- migc 0.1.0 | sqlite 3.40 | downgrade f6 -> d4, c3 | 2 revisions
-- source: sha256:ae773d310adb0353ef805b8ae4f00f6ba9b1bbddb4f5600db2c7f9dafca94ab0
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

COMMIT;

