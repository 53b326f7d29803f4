-- migc 0.1.0 | postgresql 15 | upgrade base -> b2 | 2 revisions
-- source: sha256:ec868595904f310ed87990aae32c925dd866214fdfa18f860bff1b59dda9e973
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a1
-- create t_a1

CREATE TABLE t_a1 (
    id INTEGER
);

INSERT INTO migc_version (version_num) VALUES ('a1');

-- Running upgrade a1 -> b2
-- create t_b2

CREATE TABLE t_b2 (
    id INTEGER
);

UPDATE migc_version SET version_num='b2' WHERE migc_version.version_num = 'a1';

COMMIT;

