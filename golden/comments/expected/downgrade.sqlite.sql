-- migc 0.1.0 | sqlite 3.40 | downgrade c7000000a001 -> base | 1 revision
-- source: sha256:707ba7d9522fcd8913e19790468915806d3978acb1bf2440bceb27f8b8a27249
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade c7000000a001 -> 
-- comments on tables and columns

-- comment on column notes.id:

DROP TABLE notes;

DELETE FROM migc_version WHERE migc_version.version_num = 'c7000000a001';

COMMIT;

