-- migc 0.1.0 | sqlite 3.40 | upgrade base -> ae000000b002 | 2 revisions
-- source: sha256:b7b202f1840c5052849edcac65b8643410978dae7ca4a07741754caa33c5ae77
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> ae000000b001
-- literals in defaults

CREATE TABLE samples (
    id INTEGER NOT NULL,
    label TEXT DEFAULT 'it''s' NOT NULL,
    path TEXT DEFAULT 'C:\temp\new',
    city VARCHAR(40) DEFAULT 'Zürich',
    flag BOOLEAN DEFAULT 0 NOT NULL,
    on_flag BOOLEAN DEFAULT 1,
    amount NUMERIC(8, 3) DEFAULT -12.500,
    ratio FLOAT DEFAULT 0.25,
    delta INTEGER DEFAULT -7,
    blob BLOB DEFAULT X'00ff',
    day DATE DEFAULT '2024-02-29',
    at_time TIME DEFAULT '23:59:58',
    stamp DATETIME DEFAULT '2025-01-01 10:00:00',
    stamptz DATETIME DEFAULT '2025-01-01 10:00:00+02',
    doc JSON DEFAULT '{"a": [1, 2]}',
    "nothing" TEXT DEFAULT NULL,
    CONSTRAINT pk_samples PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('ae000000b001');

-- Running upgrade ae000000b001 -> ae000000b002
-- literals in data

INSERT INTO samples (id, label, path, city, flag, on_flag, amount, ratio, delta, blob, day, at_time, stamp, stamptz, doc, "nothing") VALUES
    (1, 'O''Brien said "hi"', '\\server\share\', '日本', 1, 0, -0.001, 1.5e3, -2147483648, X'DEADbeef', '2000-01-01', '00:00', '1999-12-31 23:59:59', '2024-06-30 12:00:00Z', '{"k": "it''s", "u": "\u00e9"}', NULL),
    (2, 'emoji 🎉 and ünïcödé', '%d %s %%', 'Genève', 0, 1, 0, 0.0, 0, X'', '1970-01-01', '12:30:15.5', '2025-03-30 02:30', '2025-10-26 02:30:00+01', '[]', NULL),
    (3, 'first line
second line
	tab-indented third', '', '', 1, NULL, 12345.678, -1.25, 42, X'0a0d', NULL, NULL, NULL, NULL, 'null', 'x');

UPDATE samples SET path = 'it''s \n not a newline' WHERE id = 3;

DELETE FROM samples WHERE label = 'nobody''s' OR path = '\';

UPDATE migc_version SET version_num='ae000000b002' WHERE migc_version.version_num = 'ae000000b001';

COMMIT;

