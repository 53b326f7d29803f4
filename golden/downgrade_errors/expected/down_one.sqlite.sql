-- migc 0.1.0 | sqlite 3.40 | downgrade e8000000dd04 -> e7000000dd03 | 1 revision
-- source: sha256:deb59235cf309a5bb0eeb176db84d546a60b98c3b96002f9bb77017470192bd2
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade e8000000dd04 -> e7000000dd03
-- an empty upgrade: its downgrade is derived (nothing)

UPDATE migc_version SET version_num='e7000000dd03' WHERE migc_version.version_num = 'e8000000dd04';

COMMIT;

