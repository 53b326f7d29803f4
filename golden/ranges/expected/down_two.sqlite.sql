-- migc 0.1.0 | sqlite 3.40 | downgrade c4d4000000dd -> c2b2000000bb | 2 revisions
-- source: sha256:d7c669e37f884cab06bcfae65333c4be15ed4e709c0150737b982cd7b23c0f9f
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

COMMIT;

