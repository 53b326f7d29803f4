-- migc 0.1.0 | postgresql 15 | upgrade base -> ee01 | 1 revision
-- source: sha256:5ac95e378e0aae26a79d6f61e8041ba9beaa97fd8e9d33f7e7d3bcce9402fbcf
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> ee01
-- counters

CREATE TABLE counters (
    id INTEGER NOT NULL,
    n INTEGER,
    updated TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_counters PRIMARY KEY (id)
);

INSERT INTO counters (id, n) VALUES
    (1, 1),
    (2, 2),
    (3, 3),
    (4, NULL),
    (5, 5);

COMMIT;

DO $migc$
#variable_conflict use_column
DECLARE
    _migc_last_1 INTEGER;
BEGIN
    LOOP
        WITH _migc_batch AS (
            SELECT id FROM counters WHERE (_migc_last_1 IS NULL OR (id) > (_migc_last_1)) ORDER BY id LIMIT 2
        ), _migc_update AS (
            UPDATE counters SET n = n + 1 WHERE (id) IN (SELECT id FROM _migc_batch)
        )
        SELECT id INTO _migc_last_1 FROM _migc_batch ORDER BY id DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
        COMMIT;
    END LOOP;
END
$migc$;

DO $migc$
#variable_conflict use_column
DECLARE
    _migc_last_1 INTEGER;
BEGIN
    LOOP
        WITH _migc_batch AS (
            SELECT id FROM counters WHERE (updated IS NULL AND (n = 2 or n > 4)) AND (_migc_last_1 IS NULL OR (id) > (_migc_last_1)) ORDER BY id LIMIT 2
        ), _migc_update AS (
            UPDATE counters SET updated = CURRENT_TIMESTAMP, n = - -5 WHERE (id) IN (SELECT id FROM _migc_batch)
        )
        SELECT id INTO _migc_last_1 FROM _migc_batch ORDER BY id DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
        COMMIT;
    END LOOP;
END
$migc$;

BEGIN;

DELETE FROM counters WHERE id = 1 AND (n = 0 or n is null);

INSERT INTO counters (id, n) VALUES (9, 9) -- a trailing comment
;

INSERT INTO migc_version (version_num) VALUES ('ee01');

COMMIT;

