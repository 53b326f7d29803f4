-- migc 0.1.0 | sqlite 3.40 | upgrade c3, d4 -> e5 | 1 revision
-- source: sha256:f71202249ba37293c4da74bcd6d09b79c2fd2dbd7da8f0f7ffa6370e250973ed
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade c3, d4 -> e5
-- merge the branches

DELETE FROM migc_version WHERE migc_version.version_num = 'c3';

UPDATE migc_version SET version_num='e5' WHERE migc_version.version_num = 'd4';

COMMIT;

