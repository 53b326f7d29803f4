-- migc 0.1.0 | postgresql 15 | upgrade base -> e5 | 5 revisions
-- source: sha256:c9a5858874033b0cb84bbba2ee94e2a4a34f7bd382c4327edd283dfc7fb2dfeb
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

-- Running upgrade b2 -> d4
-- create t_d4 (branch two)

CREATE TABLE t_d4 (
    id INTEGER
);

UPDATE migc_version SET version_num='d4' WHERE migc_version.version_num = 'b2';

-- Running upgrade b2 -> c3
-- create t_c3 (branch one)

CREATE TABLE t_c3 (
    id INTEGER
);

INSERT INTO migc_version (version_num) VALUES ('c3');

-- Running upgrade c3, d4 -> e5
-- merge the branches

DELETE FROM migc_version WHERE migc_version.version_num = 'c3';

UPDATE migc_version SET version_num='e5' WHERE migc_version.version_num = 'd4';

COMMIT;

