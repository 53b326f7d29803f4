-- migc 0.1.0 | postgresql 15 | upgrade base -> cf01 | 1 revision
-- source: sha256:d6514f209a3f9707ce7de6ef74da828c84440ec3da396d62d3845666ce78bc4d
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE tenant_acme.migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> cf01
-- a table

CREATE TABLE t (
    id INTEGER NOT NULL,
    CONSTRAINT pk_t PRIMARY KEY (id)
);

INSERT INTO tenant_acme.migc_version (version_num) VALUES ('cf01');

COMMIT;

