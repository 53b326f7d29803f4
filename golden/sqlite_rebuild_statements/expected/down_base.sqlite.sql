-- migc 0.1.0 | sqlite 3.40 | downgrade b6000000f001 -> base | 1 revision
-- source: sha256:e1ad3190df315972e61d728b7f2aae926509dda297209eed5804ed17624eb00c
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade b6000000f001 -> 
-- items

DROP TABLE items;

DELETE FROM migc_version WHERE migc_version.version_num = 'b6000000f001';

COMMIT;

