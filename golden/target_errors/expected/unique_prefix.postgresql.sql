-- migc 0.1.0 | postgresql 15 | upgrade base -> ab1200000001 | 1 revision
-- source: sha256:8d4516cce82d7bbaa772bbc749edcd76de50d6141b80db0b9ab43bf9987be7e3
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> ab1200000001
-- one

CREATE TABLE one (
    id INTEGER NOT NULL,
    CONSTRAINT pk_one PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('ab1200000001');

COMMIT;

