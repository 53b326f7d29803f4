-- migc 0.1.0 | sqlite 3.40 | upgrade s3c, m3c -> s3c, m4d | 1 revision
-- source: sha256:9b34947b122be0e5aeedf34bf4a00568495067051cc0492361d6b78abf0936e7
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade m3c -> m4d
-- create t_m4d

CREATE TABLE t_m4d (
    id INTEGER
);

UPDATE migc_version SET version_num='m4d' WHERE migc_version.version_num = 'm3c';

COMMIT;

