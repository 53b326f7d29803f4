-- migc 0.1.0 | sqlite 3.40 | stamp c4d4000000dd -> c3c3000000cc | 0 revisions
-- source: sha256:c5f3258587de390f1cc2f162fb230563dc3cf1156a385a8b4a1399f65864d289
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running stamp_revision c4d4000000dd -> c3c3000000cc

UPDATE migc_version SET version_num='c3c3000000cc' WHERE migc_version.version_num = 'c4d4000000dd';

COMMIT;

