-- migc 0.1.0 | postgresql 15 | upgrade base -> b3000000f001 | 1 revision
-- source: sha256:358285ca90e4db737475f5f4f10aaad3f59559ec451c9a60adbaf89f7096ae16
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> b3000000f001
-- raw SQL for every dialect, per dialect, and with parameters

CREATE TABLE settings (key VARCHAR(50) PRIMARY KEY, value TEXT);

INSERT INTO settings (key, value) VALUES ('a', '1');
        INSERT INTO settings (key, value) VALUES ('b', '$2');

CREATE VIEW v_settings AS SELECT key, value FROM settings WHERE value ~ '^[0-9]+$';

COMMENT ON VIEW v_settings IS 'numeric settings only';

-- execute: no postgresql text given; nothing to run here

UPDATE settings SET value = 'it''s \ free' WHERE key = 'a' AND true;

INSERT INTO settings (key, value) VALUES ('n', NULL);

INSERT INTO settings (key, value) VALUES ('num', CAST(2.5 AS TEXT));

DELETE FROM settings WHERE key = 'zz';

INSERT INTO settings (key, value) VALUES ('colon', 'a::b and :notaparam inside quotes');

INSERT INTO migc_version (version_num) VALUES ('b3000000f001');

COMMIT;

