-- migc 0.1.0 | postgresql 15 | upgrade b2 -> c3 | 1 revision
-- source: sha256:94dfacf8ed0f5d71215780dc584e2d8f4f0ba61910191826ad9edf7ae606b022
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

