-- migc 0.1.0 | sqlite 3.40 | upgrade base -> b4000000a002 | 2 revisions
-- source: sha256:50e9371b48682a5a1a3b4c135d3164549ae1b3a5d7a563c6ff368110169c6d25
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> b4000000a001
-- one column of every portable type

-- enum color ('red', 'green', 'blue'): columns of this type are VARCHAR with a CHECK on SQLite

CREATE TABLE every_type (
    c_smallint SMALLINT,
    c_integer INTEGER NOT NULL,
    c_int INTEGER,
    c_bigint BIGINT,
    c_string VARCHAR(12),
    c_varchar VARCHAR(7),
    c_text TEXT,
    c_boolean BOOLEAN,
    c_bool BOOLEAN,
    c_numeric NUMERIC(18, 4),
    c_numeric0 NUMERIC(5, 0),
    c_real REAL,
    c_double FLOAT,
    c_date DATE,
    c_time TIME,
    c_timestamp DATETIME,
    c_timestamptz DATETIME,
    c_uuid CHAR(32),
    c_json JSON,
    c_jsonb JSON,
    c_bytes BLOB,
    c_enum VARCHAR(5),
    c_raw TEXT,
    c_raw_array TEXT,
    c_raw_interval VARCHAR(40),
    CONSTRAINT pk_every_type PRIMARY KEY (c_integer),
    CONSTRAINT ck_every_type_c_enum_enum CHECK (c_enum IN ('red', 'green', 'blue'))
);

INSERT INTO every_type (c_integer, c_uuid, c_json, c_jsonb, c_bytes, c_enum, c_raw, c_raw_array, c_raw_interval) VALUES (1, 'a0eebc999c0b4ef8bb6d6bb9bd380a11', '{"a": 1}', '{"b": [true, null]}', X'cafe', 'green', '192.168.0.1', '{1,2}', '1 day');

INSERT INTO migc_version (version_num) VALUES ('b4000000a001');

-- Running upgrade b4000000a001 -> b4000000a002
-- types in add column and cast

ALTER TABLE every_type ADD COLUMN c_more_uuid CHAR(32);

ALTER TABLE every_type ADD COLUMN c_more_raw TEXT;

UPDATE every_type SET c_text = CAST(c_integer AS TEXT), c_double = CAST(c_integer AS FLOAT), c_string = CAST(c_numeric AS VARCHAR(12));

UPDATE migc_version SET version_num='b4000000a002' WHERE migc_version.version_num = 'b4000000a001';

COMMIT;

