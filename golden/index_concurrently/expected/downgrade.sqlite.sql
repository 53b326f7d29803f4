-- migc 0.1.0 | sqlite 3.40 | downgrade e9000000c002 -> base | 2 revisions
-- source: sha256:76e8711b85d65b08f155a8a274e34c63f8417ac4c7e36ae6a0d51837ea7e562f
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade e9000000c002 -> e9000000c001
-- indexes built without locking writers

DROP INDEX IF EXISTS ux_events_kind_at;

DELETE FROM events WHERE kind = 'boot';

DROP INDEX ix_events_kind;

UPDATE migc_version SET version_num='e9000000c001' WHERE migc_version.version_num = 'e9000000c002';

-- Running downgrade e9000000c001 -> 
-- events

DROP TABLE events;

DELETE FROM migc_version WHERE migc_version.version_num = 'e9000000c001';

COMMIT;

