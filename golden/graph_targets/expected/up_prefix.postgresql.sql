-- migc 0.1.0 | postgresql 15 | upgrade s3c -> s3c, m3c | 1 revision
-- source: sha256:aee785f84bf0e1d9add5da189d103f7b9bfbdfdb38d3987ac18e0fb7e7779403
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade m2b -> m3c
-- create t_m3c

CREATE TABLE t_m3c (
    id INTEGER
);

INSERT INTO migc_version (version_num) VALUES ('m3c');

COMMIT;

