-- migc 0.1.0 | sqlite 3.40 | upgrade base -> ee01 | 1 revision
-- source: sha256:31ae47e69508b68c75bf6c6556c756acb3446126a1748636a07088539af7aba5
-- run with: sqlite3 -bail app.db < script.sql

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
    updated DATETIME,
    CONSTRAINT pk_counters PRIMARY KEY (id)
);

INSERT INTO counters (id, n) VALUES
    (1, 1),
    (2, 2),
    (3, 3),
    (4, NULL),
    (5, 5);

UPDATE counters SET n = n + 1;

UPDATE counters SET updated = CURRENT_TIMESTAMP, n = - -5 WHERE updated IS NULL AND (n = 2 or n > 4);

DELETE FROM counters WHERE id = 1 AND (n = 0 or n is null);

INSERT INTO counters (id, n) VALUES (9, 9) -- a trailing comment
;

INSERT INTO migc_version (version_num) VALUES ('ee01');

COMMIT;

