-- migc 0.1.0 | postgresql 15 | upgrade s3c -> s3c, m3c | 1 revision
-- source: sha256:ef6116dda49334debcbb70243b92f696077cc2701bfcd510352ca0a7df758d58
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

