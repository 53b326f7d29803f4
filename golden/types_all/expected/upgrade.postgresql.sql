-- migc 0.1.0 | postgresql 15 | upgrade base -> b4000000a002 | 2 revisions
-- source: sha256:9ba91a8884f7ed0b18a3d086be2b1d8468cdf4a32a3155dc5d1d1393ff52265f
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> b4000000a001
-- one column of every portable type

CREATE TYPE color AS ENUM ('red', 'green', 'blue');

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
    c_double DOUBLE PRECISION,
    c_date DATE,
    c_time TIME,
    c_timestamp TIMESTAMP WITHOUT TIME ZONE,
    c_timestamptz TIMESTAMP WITH TIME ZONE,
    c_uuid UUID,
    c_json JSON,
    c_jsonb JSONB,
    c_bytes BYTEA,
    c_enum color,
    c_raw INET,
    c_raw_array integer[],
    c_raw_interval INTERVAL DAY TO SECOND,
    CONSTRAINT pk_every_type PRIMARY KEY (c_integer)
);

INSERT INTO every_type (c_integer, c_uuid, c_json, c_jsonb, c_bytes, c_enum, c_raw, c_raw_array, c_raw_interval) VALUES (1, 'a0eebc999c0b4ef8bb6d6bb9bd380a11', '{"a": 1}', '{"b": [true, null]}', '\xcafe'::bytea, 'green', '192.168.0.1', '{1,2}', '1 day');

INSERT INTO migc_version (version_num) VALUES ('b4000000a001');

-- Running upgrade b4000000a001 -> b4000000a002
-- types in add column and cast

ALTER TABLE every_type ADD COLUMN c_more_uuid UUID;

ALTER TABLE every_type ADD COLUMN c_more_raw CIDR;

UPDATE every_type SET c_text = CAST(c_integer AS TEXT), c_double = CAST(c_integer AS DOUBLE PRECISION), c_string = CAST(c_numeric AS VARCHAR(12));

UPDATE migc_version SET version_num='b4000000a002' WHERE migc_version.version_num = 'b4000000a001';

COMMIT;

