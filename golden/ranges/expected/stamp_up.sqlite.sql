-- migc 0.1.0 | sqlite 3.40 | stamp c3c3000000cc -> c4d4000000dd | 0 revisions
-- source: sha256:299f31cf02e0eb614f865b725f7ba658353a17c37d3d65b5273003b40cabee50
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running stamp_revision c3c3000000cc -> c4d4000000dd

UPDATE migc_version SET version_num='c4d4000000dd' WHERE migc_version.version_num = 'c3c3000000cc';

COMMIT;

