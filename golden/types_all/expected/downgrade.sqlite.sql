-- migc 0.1.0 | sqlite 3.40 | downgrade b4000000a002 -> base | 2 revisions
-- source: sha256:4bc8f880a2dbf03d552dd9517d77941d11337e02b9131f1976573f573531360a
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade b4000000a002 -> b4000000a001
-- types in add column and cast

ALTER TABLE every_type DROP COLUMN c_more_raw;

ALTER TABLE every_type DROP COLUMN c_more_uuid;

UPDATE migc_version SET version_num='b4000000a001' WHERE migc_version.version_num = 'b4000000a002';

-- Running downgrade b4000000a001 -> 
-- one column of every portable type

DROP TABLE every_type;

-- enum color dropped (nothing to do on SQLite)

DELETE FROM migc_version WHERE migc_version.version_num = 'b4000000a001';

COMMIT;

