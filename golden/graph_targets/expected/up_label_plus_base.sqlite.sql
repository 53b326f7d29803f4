-- migc 0.1.0 | sqlite 3.40 | upgrade base -> s2b | 2 revisions
-- source: sha256:5cb339104aa9b7c2305619844f1bc59923535f1a80417b03c250de481c492e7d
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

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

COMMIT;

