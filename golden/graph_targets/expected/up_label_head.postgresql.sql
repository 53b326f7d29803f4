-- migc 0.1.0 | postgresql 15 | upgrade s3c, m3c -> s3c, m4d | 1 revision
-- source: sha256:3374f33392dc2038434ecff28bff782e5bc946c00206e669243e82d3962025a9
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade m3c -> m4d
-- create t_m4d

CREATE TABLE t_m4d (
    id INTEGER
);

UPDATE migc_version SET version_num='m4d' WHERE migc_version.version_num = 'm3c';

COMMIT;

