-- migc 0.1.0 | postgresql 15 | upgrade c3 -> c3, d4 | 1 revision
-- source: sha256:ecdad2d30167cb93f5eed40cfa29e7b084759950adee5b37b3ef7685905765c9
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

