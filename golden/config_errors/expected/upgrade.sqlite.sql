-- migc 0.1.0 | sqlite 3.40 | upgrade base -> cf01 | 1 revision
-- source: sha256:b32553c210789f224494718ba0186168e95811bfc2c3f02726cd9432224d0a14
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> cf01
-- a table

CREATE TABLE t (
    id INTEGER NOT NULL,
    CONSTRAINT pk_t PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('cf01');

COMMIT;

