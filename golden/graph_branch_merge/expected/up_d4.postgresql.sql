-- migc 0.1.0 | postgresql 15 | upgrade c3 -> c3, d4 | 1 revision
-- source: sha256:9798eb525e1b30fbf2c9f24f538f0e6acec8df614d7cf0db7cb4a4191b4807ac
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade b2 -> d4
-- create t_d4 (branch two)

CREATE TABLE t_d4 (
    id INTEGER
);

INSERT INTO migc_version (version_num) VALUES ('d4');

COMMIT;

