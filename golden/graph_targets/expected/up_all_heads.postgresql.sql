-- migc 0.1.0 | postgresql 15 | upgrade base -> s3c, m4d | 7 revisions
-- source: sha256:76a660a99c3e6bb9c734bd1989a2851307cc8704c7f17d9947c7e01a5793d130
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> m1a
-- create t_m1a

CREATE TABLE t_m1a (
    id INTEGER
);

INSERT INTO migc_version (version_num) VALUES ('m1a');

-- Running upgrade m1a -> m2b
-- create t_m2b

CREATE TABLE t_m2b (
    id INTEGER
);

UPDATE migc_version SET version_num='m2b' WHERE migc_version.version_num = 'm1a';

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

-- Running upgrade m2b -> m3c
-- create t_m3c

CREATE TABLE t_m3c (
    id INTEGER
);

INSERT INTO migc_version (version_num) VALUES ('m3c');

-- Running upgrade m3c -> m4d
-- create t_m4d

CREATE TABLE t_m4d (
    id INTEGER
);

UPDATE migc_version SET version_num='m4d' WHERE migc_version.version_num = 'm3c';

COMMIT;

