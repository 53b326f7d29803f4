-- migc 0.1.0 | sqlite 3.40 | upgrade m4d -> m4d, s3c | 3 revisions
-- source: sha256:fb50f36a7aad51d7a3e88823dca5753e1aa9ab385a2942b5d4234328cf93d13a
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade  -> s1a
-- create t_s1a

CREATE TABLE t_s1a (
    id INTEGER
);

INSERT INTO migc_version (version_num) VALUES ('s1a');

-- Running upgrade s1a -> s2b
-- create t_s2b

CREATE TABLE t_s2b (
    id INTEGER
);

UPDATE migc_version SET version_num='s2b' WHERE migc_version.version_num = 's1a';

-- Running upgrade s2b -> s3c
-- create t_s3c

CREATE TABLE t_s3c (
    id INTEGER
);

UPDATE migc_version SET version_num='s3c' WHERE migc_version.version_num = 's2b';

COMMIT;

