-- migc 0.1.0 | postgresql 15 | upgrade m3c -> m4d | 1 revision
-- source: sha256:ef6116dda49334debcbb70243b92f696077cc2701bfcd510352ca0a7df758d58
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

