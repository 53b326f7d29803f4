-- migc 0.1.0 | sqlite 3.40 | downgrade b6000000f001 -> base | 1 revision
-- source: sha256:8b3b651e816bf6a128cdb3b07e4e26dc4e48d7f21532522b87e4f99a667731b1
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade b6000000f001 -> 
-- items

DROP TABLE items;

DELETE FROM migc_version WHERE migc_version.version_num = 'b6000000f001';

COMMIT;

