-- migc 0.1.0 | sqlite 3.40 | upgrade base -> c2b2000000bb | 2 revisions
-- source: sha256:c383c43586dc8037d7938ea0c0842a50129061ba29be6f41dddcdb3367d41103
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> c1a1000000aa
-- step 1

CREATE TABLE step1 (
    id INTEGER NOT NULL,
    CONSTRAINT pk_step1 PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('c1a1000000aa');

-- Running upgrade c1a1000000aa -> c2b2000000bb
-- step 2

CREATE TABLE step2 (
    id INTEGER NOT NULL,
    CONSTRAINT pk_step2 PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='c2b2000000bb' WHERE migc_version.version_num = 'c1a1000000aa';

COMMIT;

