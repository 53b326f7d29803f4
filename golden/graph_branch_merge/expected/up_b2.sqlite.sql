-- migc 0.1.0 | sqlite 3.40 | upgrade base -> b2 | 2 revisions
-- source: sha256:95c16e830254c840493ed910069db7606ea407aa3d289f65fe9fd52af5a3558c
-- run with: sqlite3 -bail app.db < script.sql

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

