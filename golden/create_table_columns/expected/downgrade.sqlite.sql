-- migc 0.1.0 | sqlite 3.40 | downgrade b2000000c002 -> base | 2 revisions
-- source: sha256:4ca3ac8a05dfc5593af5e63c0638d003a76252dc364514184c39e3926b647457
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade b2000000c002 -> a1000000c001
-- a text primary key and a set default action

DROP TABLE cities;

DROP TABLE countries;

UPDATE migc_version SET version_num='a1000000c001' WHERE migc_version.version_num = 'b2000000c002';

-- Running downgrade a1000000c001 -> 
-- parents and every column option

DROP TABLE members;

DROP TABLE teams;

DELETE FROM migc_version WHERE migc_version.version_num = 'a1000000c001';

COMMIT;

