-- migc 0.1.0 | sqlite 3.40 | downgrade d8000000b002 -> base | 2 revisions
-- source: sha256:12d78487978302430850c2d1bf9d6e5df42fa9cb5d6cd4fd3c49ff600289163c
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade d8000000b002 -> d8000000b001
-- every form of create index

DROP INDEX ix_people_initials;

DROP INDEX IF EXISTS ux_people_live_email;

DROP INDEX ix_people_born;

DROP INDEX IF EXISTS ix_people_name;

DROP INDEX ux_people_email;

DROP INDEX ix_people_last_name;

DROP INDEX IF EXISTS ix_people_never_created;

UPDATE migc_version SET version_num='d8000000b001' WHERE migc_version.version_num = 'd8000000b002';

-- Running downgrade d8000000b001 -> 
-- people

DROP TABLE people;

DELETE FROM migc_version WHERE migc_version.version_num = 'd8000000b001';

COMMIT;

