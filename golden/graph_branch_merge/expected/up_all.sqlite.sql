-- migc 0.1.0 | sqlite 3.40 | upgrade base -> f6 | 6 revisions
-- source: sha256:99aa95f3e22c524fb5d556634d5a13033d50ffef09a3d61e27d516318ecd8dfb
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

-- Running upgrade e5 -> f6
-- create t_f6

CREATE TABLE t_f6 (
    id INTEGER
);

UPDATE migc_version SET version_num='f6' WHERE migc_version.version_num = 'e5';

COMMIT;

