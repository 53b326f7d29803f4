-- migc 0.1.0 | sqlite 3.40 | upgrade base -> e9000000c002 | 2 revisions
-- source: sha256:99c88188274dbbca513e1c985c72e5999de0f9348afc53914ec868d9953f2a5d
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> e9000000c001
-- events

CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL
);

INSERT INTO migc_version (version_num) VALUES ('e9000000c001');

-- Running upgrade e9000000c001 -> e9000000c002
-- indexes built without locking writers

CREATE INDEX ix_events_kind ON events (kind);

INSERT INTO events (kind) VALUES ('boot');

CREATE UNIQUE INDEX IF NOT EXISTS ux_events_kind_at ON events (kind, at DESC);

UPDATE migc_version SET version_num='e9000000c002' WHERE migc_version.version_num = 'e9000000c001';

COMMIT;

