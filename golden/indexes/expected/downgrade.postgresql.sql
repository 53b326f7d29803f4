-- migc 0.1.0 | postgresql 15 | downgrade d8000000b002 -> base | 2 revisions
-- source: sha256:491c417bf72b5a313b7d7dcfba3a1ab83e6aa42406aa7fc070438b20b73665ef
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

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

