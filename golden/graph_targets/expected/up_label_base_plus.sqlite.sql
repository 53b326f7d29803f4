-- migc 0.1.0 | sqlite 3.40 | upgrade base -> m2b | 2 revisions
-- source: sha256:32bfcf529bbb2a9d4873a9661164f188664fda0aa0a364c34fcd323d2d367d8d
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

COMMIT;

