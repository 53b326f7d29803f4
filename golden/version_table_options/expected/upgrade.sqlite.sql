-- migc 0.1.0 | sqlite 3.40 | upgrade base -> d2000000ee02 | 2 revisions
-- source: sha256:db6849679354a4a25e32aa4240efb67aed3d930e903d41590315902136a700ba
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> d1000000ee01
-- first

CREATE TABLE a (
    id INTEGER NOT NULL,
    CONSTRAINT pk_a PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('d1000000ee01');

-- Running upgrade d1000000ee01 -> d2000000ee02
-- second

CREATE TABLE b (
    id INTEGER NOT NULL,
    CONSTRAINT pk_b PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='d2000000ee02' WHERE alembic_version.version_num = 'd1000000ee01';

COMMIT;

