-- migc 0.1.0 | sqlite 3.40 | upgrade m2b -> s3c | 3 revisions
-- source: sha256:989e91d5506159328f39eaddeca70eab13b5f3dded39473bb8ae894bc8cf65fa
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

DELETE FROM migc_version WHERE migc_version.version_num = 's2b';

UPDATE migc_version SET version_num='s3c' WHERE migc_version.version_num = 'm2b';

COMMIT;

