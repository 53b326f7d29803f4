-- migc 0.1.0 | postgresql 15 | downgrade e9000000c002 -> base | 2 revisions
-- source: sha256:fdadb9b0a75f1b782138b34646f2e379086ab44d54a0cdf1808ff776bac297c8
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade e9000000c002 -> e9000000c001
-- indexes built without locking writers

COMMIT;

DROP INDEX CONCURRENTLY IF EXISTS ux_events_kind_at;

BEGIN;

DELETE FROM events WHERE kind = 'boot';

COMMIT;

DROP INDEX CONCURRENTLY ix_events_kind;

BEGIN;

UPDATE migc_version SET version_num='e9000000c001' WHERE migc_version.version_num = 'e9000000c002';

-- Running downgrade e9000000c001 -> 
-- events

DROP TABLE events;

DELETE FROM migc_version WHERE migc_version.version_num = 'e9000000c001';

COMMIT;

