-- migc 0.1.0 | postgresql 15 | upgrade b2 -> c3 | 1 revision
-- source: sha256:ecdad2d30167cb93f5eed40cfa29e7b084759950adee5b37b3ef7685905765c9
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade b2 -> c3
-- create t_c3 (branch one)

CREATE TABLE t_c3 (
    id INTEGER
);

UPDATE migc_version SET version_num='c3' WHERE migc_version.version_num = 'b2';

COMMIT;

