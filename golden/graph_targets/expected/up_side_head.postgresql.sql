-- migc 0.1.0 | postgresql 15 | upgrade m2b -> s3c | 3 revisions
-- source: sha256:f71b5ebfda3b400777793adf7f4cc6234024a47c2da2c81ec6185159154df5e9
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

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

