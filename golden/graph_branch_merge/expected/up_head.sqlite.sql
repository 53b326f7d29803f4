-- migc 0.1.0 | sqlite 3.40 | upgrade e5 -> f6 | 1 revision
-- source: sha256:a06e63e5291ebb5b8efbdc14fc21619e7e5a0f2e77f6479204d7feede4db96a0
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade e5 -> f6
-- create t_f6

CREATE TABLE t_f6 (
    id INTEGER
);

UPDATE migc_version SET version_num='f6' WHERE migc_version.version_num = 'e5';

COMMIT;

