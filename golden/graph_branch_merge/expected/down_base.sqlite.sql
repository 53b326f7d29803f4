-- migc 0.1.0 | sqlite 3.40 | downgrade b2 -> base | 2 revisions
-- source: sha256:eaca1c4c15bb5262820b2b0a1aa5ad1caa863c13c562dcbbd022548fd14ea9ac
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade b2 -> a1
-- create t_b2

DROP TABLE t_b2;

UPDATE migc_version SET version_num='a1' WHERE migc_version.version_num = 'b2';

-- Running downgrade a1 -> 
-- create t_a1

DROP TABLE t_a1;

DELETE FROM migc_version WHERE migc_version.version_num = 'a1';

COMMIT;

