-- migc 0.1.0 | postgresql 15 | upgrade base -> cf01 | 1 revision
-- source: sha256:484e3c611d88f894a8bacb3554ee592057a7f52a8c0e784d1401b09cb805d48b
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

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

