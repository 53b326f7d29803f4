-- migc 0.1.0 | postgresql 15 | upgrade base -> m3c | 3 revisions
-- source: sha256:5a45079fb03c92b1986b9e6340d8a704b6bf8e7f67c4dcc81f26599229dcd826
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

-- Running upgrade m2b -> m3c
-- create t_m3c

CREATE TABLE t_m3c (
    id INTEGER
);

UPDATE migc_version SET version_num='m3c' WHERE migc_version.version_num = 'm2b';

COMMIT;

