-- migc 0.1.0 | postgresql 15 | downgrade f6 -> e5 | 1 revision
-- source: sha256:439d8bde3fd86b5a99d472331bb5043c4ef9c534c9c10aee96c428156e9b5379
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade f6 -> e5
-- create t_f6

DROP TABLE t_f6;

UPDATE migc_version SET version_num='e5' WHERE migc_version.version_num = 'f6';

COMMIT;

