-- migc 0.1.0 | sqlite 3.40 | downgrade ee01 -> base | 1 revision
-- source: sha256:064b4afcb15f8d62b7471cd93d2472bbdbfb5c07496275ad4d93a06fcc4cc287
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade ee01 -> 
-- counters

DROP TABLE counters;

DELETE FROM migc_version WHERE migc_version.version_num = 'ee01';

COMMIT;

