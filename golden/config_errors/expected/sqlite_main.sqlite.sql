-- migc 0.1.0 | sqlite 3.40 | upgrade base -> cf01 | 1 revision
-- source: sha256:56dd247993a099ea13046a64353d9f9bca5f53ccb70d7d2de34465a67a41ffb1
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE main.migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> cf01
-- a table

CREATE TABLE t (
    id INTEGER NOT NULL,
    CONSTRAINT pk_t PRIMARY KEY (id)
);

INSERT INTO main.migc_version (version_num) VALUES ('cf01');

COMMIT;

