-- migc 0.1.0 | postgresql 15 | upgrade base -> fa000000d002 | 2 revisions
-- source: sha256:edb12aa0de36ea452ace0c337d1083379804e86fe2ee0c8bc0e6e4b7af27620d
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> fa000000d001
-- an enum type and a column of it

CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE diary (
    id INTEGER NOT NULL,
    mood mood DEFAULT 'ok' NOT NULL,
    prev mood,
    CONSTRAINT pk_diary PRIMARY KEY (id)
);

INSERT INTO diary (id, mood, prev) VALUES
    (1, 'happy', NULL),
    (2, 'sad', 'ok');

INSERT INTO migc_version (version_num) VALUES ('fa000000d001');

-- Running upgrade fa000000d001 -> fa000000d002
-- enums with a quote and non-ASCII letters in labels

CREATE TYPE "Weather" AS ENUM ('sunny', 'it''s raining', 'snow');

CREATE TYPE city AS ENUM ('Zürich', 'Genève', '東京');

CREATE TABLE forecast (
    day DATE NOT NULL,
    weather "Weather" NOT NULL,
    city city DEFAULT 'Zürich',
    CONSTRAINT pk_forecast PRIMARY KEY (day)
);

UPDATE migc_version SET version_num='fa000000d002' WHERE migc_version.version_num = 'fa000000d001';

COMMIT;

