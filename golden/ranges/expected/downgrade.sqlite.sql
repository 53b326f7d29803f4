-- migc 0.1.0 | sqlite 3.40 | downgrade c4d4000000dd -> base | 4 revisions
-- source: sha256:84ec1170f31c7fecdecabbd9c9da578152543f3a8adb3424635e7b3531d2f4f1
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade c4d4000000dd -> c3c3000000cc
-- step 4

DROP TABLE step4;

UPDATE migc_version SET version_num='c3c3000000cc' WHERE migc_version.version_num = 'c4d4000000dd';

-- Running downgrade c3c3000000cc -> c2b2000000bb
-- step 3

DROP TABLE step3;

UPDATE migc_version SET version_num='c2b2000000bb' WHERE migc_version.version_num = 'c3c3000000cc';

-- Running downgrade c2b2000000bb -> c1a1000000aa
-- step 2

DROP TABLE step2;

UPDATE migc_version SET version_num='c1a1000000aa' WHERE migc_version.version_num = 'c2b2000000bb';

-- Running downgrade c1a1000000aa -> 
-- step 1

DROP TABLE step1;

DELETE FROM migc_version WHERE migc_version.version_num = 'c1a1000000aa';

COMMIT;

