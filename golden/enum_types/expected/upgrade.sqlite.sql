-- migc 0.1.0 | sqlite 3.40 | upgrade base -> fa000000d002 | 2 revisions
-- source: sha256:fd11c79671d80fd35907722776a0e9bb6f7ac23918c4f44e1702cd0672625fe3
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> fa000000d001
-- an enum type and a column of it

-- enum mood ('sad', 'ok', 'happy'): columns of this type are VARCHAR with a CHECK on SQLite

CREATE TABLE diary (
    id INTEGER NOT NULL,
    mood VARCHAR(5) DEFAULT 'ok' NOT NULL,
    prev VARCHAR(5),
    CONSTRAINT pk_diary PRIMARY KEY (id),
    CONSTRAINT ck_diary_mood_enum CHECK (mood IN ('sad', 'ok', 'happy')),
    CONSTRAINT ck_diary_prev_enum CHECK (prev IN ('sad', 'ok', 'happy'))
);

INSERT INTO diary (id, mood, prev) VALUES
    (1, 'happy', NULL),
    (2, 'sad', 'ok');

INSERT INTO migc_version (version_num) VALUES ('fa000000d001');

-- Running upgrade fa000000d001 -> fa000000d002
-- enums with a quote and non-ASCII letters in labels

-- enum "Weather" ('sunny', 'it''s raining', 'snow'): columns of this type are VARCHAR with a CHECK on SQLite

-- enum city ('Zürich', 'Genève', '東京'): columns of this type are VARCHAR with a CHECK on SQLite

CREATE TABLE forecast (
    day DATE NOT NULL,
    weather VARCHAR(12) NOT NULL,
    city VARCHAR(6) DEFAULT 'Zürich',
    CONSTRAINT pk_forecast PRIMARY KEY (day),
    CONSTRAINT ck_forecast_weather_enum CHECK (weather IN ('sunny', 'it''s raining', 'snow')),
    CONSTRAINT ck_forecast_city_enum CHECK (city IN ('Zürich', 'Genève', '東京'))
);

UPDATE migc_version SET version_num='fa000000d002' WHERE migc_version.version_num = 'fa000000d001';

COMMIT;

