-- migc 0.1.0 | sqlite 3.40 | downgrade c7000000a001 -> base | 1 revision
-- source: sha256:05ffab1a4adcf46d7e03de315249b7cb8b5efaeca4fee085eaa7d6c8bc6aeeb0
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade c7000000a001 -> 
-- comments on tables and columns

-- comment on column notes.id:

DROP TABLE notes;

DELETE FROM migc_version WHERE migc_version.version_num = 'c7000000a001';

COMMIT;

