-- migc 0.1.0 | postgresql 15 | upgrade e5 -> f6 | 1 revision
-- source: sha256:796f424bc1bc394f7778efe72b92f0fa9a28fad0966f489e7e40f169db62e8fa
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

