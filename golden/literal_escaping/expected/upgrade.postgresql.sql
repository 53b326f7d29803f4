-- migc 0.1.0 | postgresql 15 | upgrade base -> ae000000b002 | 2 revisions
-- source: sha256:aeeb833bc2955145ebe130743d03ee60322e8b40767111901cef6ddf1ae490f1
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

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
    flag BOOLEAN DEFAULT false NOT NULL,
    on_flag BOOLEAN DEFAULT true,
    amount NUMERIC(8, 3) DEFAULT -12.500,
    ratio DOUBLE PRECISION DEFAULT 0.25,
    delta INTEGER DEFAULT -7,
    blob BYTEA DEFAULT '\x00ff'::bytea,
    day DATE DEFAULT DATE '2024-02-29',
    at_time TIME DEFAULT TIME '23:59:58',
    stamp TIMESTAMP WITHOUT TIME ZONE DEFAULT TIMESTAMP '2025-01-01 10:00:00',
    stamptz TIMESTAMP WITH TIME ZONE DEFAULT TIMESTAMP WITH TIME ZONE '2025-01-01 10:00:00+02',
    doc JSON DEFAULT '{"a": [1, 2]}',
    nothing TEXT DEFAULT NULL,
    CONSTRAINT pk_samples PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('ae000000b001');

-- Running upgrade ae000000b001 -> ae000000b002
-- literals in data

INSERT INTO samples (id, label, path, city, flag, on_flag, amount, ratio, delta, blob, day, at_time, stamp, stamptz, doc, nothing) VALUES
    (1, 'O''Brien said "hi"', '\\server\share\', '日本', true, false, -0.001, 1.5e3, -2147483648, '\xDEADbeef'::bytea, DATE '2000-01-01', TIME '00:00', TIMESTAMP '1999-12-31 23:59:59', TIMESTAMP WITH TIME ZONE '2024-06-30 12:00:00Z', '{"k": "it''s", "u": "\u00e9"}', NULL),
    (2, 'emoji 🎉 and ünïcödé', '%d %s %%', 'Genève', false, true, 0, 0.0, 0, '\x'::bytea, DATE '1970-01-01', TIME '12:30:15.5', TIMESTAMP '2025-03-30 02:30', TIMESTAMP WITH TIME ZONE '2025-10-26 02:30:00+01', '[]', NULL),
    (3, 'first line
second line
	tab-indented third', '', '', true, NULL, 12345.678, -1.25, 42, '\x0a0d'::bytea, NULL, NULL, NULL, NULL, 'null', 'x');

UPDATE samples SET path = 'it''s \n not a newline' WHERE id = 3;

DELETE FROM samples WHERE label = 'nobody''s' OR path = '\';

UPDATE migc_version SET version_num='ae000000b002' WHERE migc_version.version_num = 'ae000000b001';

COMMIT;

