-- migc 0.1.0 | sqlite 3.40 | upgrade base -> b3000000f001 | 1 revision
-- source: sha256:42ea0b5a8a521735a3344e3cdf94630304e325c6be609db1b98c5472dd70ae5d
-- run with: sqlite3 -bail app.db < script.sql

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

CREATE VIEW v_settings AS SELECT key, value FROM settings WHERE value GLOB '[0-9]*';

-- execute: no sqlite text given; nothing to run here

PRAGMA user_version = 7;

UPDATE settings SET value = 'it''s \ free' WHERE key = 'a' AND 1;

INSERT INTO settings (key, value) VALUES ('n', NULL);

INSERT INTO settings (key, value) VALUES ('num', CAST(2.5 AS TEXT));

DELETE FROM settings WHERE key = 'zz';

INSERT INTO settings (key, value) VALUES ('colon', 'a::b and :notaparam inside quotes');

INSERT INTO migc_version (version_num) VALUES ('b3000000f001');

COMMIT;

