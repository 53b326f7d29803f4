-- migc 0.1.0 | postgresql 15 | upgrade e5 -> f6 | 1 revision
-- source: sha256:ecdad2d30167cb93f5eed40cfa29e7b084759950adee5b37b3ef7685905765c9
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade e5 -> f6
-- create t_f6

CREATE TABLE t_f6 (
    id INTEGER
);

UPDATE migc_version SET version_num='f6' WHERE migc_version.version_num = 'e5';

COMMIT;

