-- migc 0.1.0 | postgresql 15 | upgrade base -> a7000000f001 | 1 revision
-- source: sha256:bfc0a408fc85ad5c69979853ccc1c730a936378c537246b39042a5550487297c
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a7000000f001
-- typed literals in every form both engines read alike

CREATE TABLE events (
    id INTEGER NOT NULL,
    day DATE DEFAULT DATE '2024-02-29' NOT NULL,
    at TIME,
    stamp TIMESTAMP WITHOUT TIME ZONE DEFAULT TIMESTAMP '2025-01-31T23:59:59.123456',
    zoned TIMESTAMP WITH TIME ZONE,
    ref UUID,
    doc JSON,
    docb JSONB,
    CONSTRAINT pk_events PRIMARY KEY (id)
);

INSERT INTO events (id, day, at, stamp, zoned, ref, doc, docb) VALUES
    (1, DATE '2000-02-29', TIME '24:00:00', TIMESTAMP '2025-01-31', TIMESTAMP WITH TIME ZONE '2025-01-31 13:45:00Z', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', '{"a": [1, -2.5e3, true, null, "x\u00e9\n"]}', '[]'),
    (2, DATE '1999-12-31', TIME '13:45', TIMESTAMP '2025-01-31 13:45:00', TIMESTAMP WITH TIME ZONE '2025-01-31 13:45:00.5+05:30', '{a0eebc999c0b4ef8bb6d6bb9bd380a11}', ' "just a string" ', '{}');

UPDATE events SET zoned = TIMESTAMP WITH TIME ZONE '2025-06-01 00:00:00-08' WHERE day = DATE '2000-02-29';

INSERT INTO migc_version (version_num) VALUES ('a7000000f001');

COMMIT;

