-- migc 0.1.0 | postgresql 15 | upgrade m2b -> m3c | 1 revision
-- source: sha256:38f6fafabf51126771cffea737ea59a277e068e616a43d11d4897a7ca9b9c0a6
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade m2b -> m3c
-- create t_m3c

CREATE TABLE t_m3c (
    id INTEGER
);

UPDATE migc_version SET version_num='m3c' WHERE migc_version.version_num = 'm2b';

COMMIT;

