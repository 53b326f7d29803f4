-- migc 0.1.0 | sqlite 3.40 | upgrade base -> a7000000f001 | 1 revision
-- source: sha256:59262a58c838599566d1618e5e2f1a023ec2dd69567f06377730d6600c7b2837
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a7000000f001
-- typed literals in every form both engines read alike

CREATE TABLE events (
    id INTEGER NOT NULL,
    day DATE DEFAULT '2024-02-29' NOT NULL,
    at TIME,
    stamp DATETIME DEFAULT '2025-01-31T23:59:59.123456',
    zoned DATETIME,
    ref CHAR(32),
    doc JSON,
    docb JSON,
    CONSTRAINT pk_events PRIMARY KEY (id)
);

INSERT INTO events (id, day, at, stamp, zoned, ref, doc, docb) VALUES
    (1, '2000-02-29', '24:00:00', '2025-01-31', '2025-01-31 13:45:00Z', 'a0eebc999c0b4ef8bb6d6bb9bd380a11', '{"a": [1, -2.5e3, true, null, "x\u00e9\n"]}', '[]'),
    (2, '1999-12-31', '13:45', '2025-01-31 13:45:00', '2025-01-31 13:45:00.5+05:30', 'a0eebc999c0b4ef8bb6d6bb9bd380a11', ' "just a string" ', '{}');

UPDATE events SET zoned = '2025-06-01 00:00:00-08' WHERE day = '2000-02-29';

INSERT INTO migc_version (version_num) VALUES ('a7000000f001');

COMMIT;

