-- migc 0.1.0 | sqlite 3.40 | upgrade s3c -> s3c, m3c | 1 revision
-- source: sha256:bd6f7d19313ee2a9370c4563c9f575b53fb65a96047abfb19b16f029f983088e
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade m2b -> m3c
-- create t_m3c

CREATE TABLE t_m3c (
    id INTEGER
);

INSERT INTO migc_version (version_num) VALUES ('m3c');

COMMIT;

