-- migc 0.1.0 | sqlite 3.40 | upgrade base -> s3c | 5 revisions
-- source: sha256:489b633d1310774aa3069eea99fc4e34a07ad2f998ed8213722a655517de3af5
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

