-- migc 0.1.0 | sqlite 3.40 | upgrade base -> m4d | 4 revisions
-- source: sha256:cc6fc943ac6364e470ad9a4f6bdf95a2c223b9626b417adbd95959a97be4cf17
-- run with: sqlite3 -bail app.db < script.sql

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

-- Running upgrade m3c -> m4d
-- create t_m4d

CREATE TABLE t_m4d (
    id INTEGER
);

UPDATE migc_version SET version_num='m4d' WHERE migc_version.version_num = 'm3c';

COMMIT;

