-- migc 0.1.0 | postgresql 15 | downgrade e8000000dd04 -> e7000000dd03 | 1 revision
-- source: sha256:b302ed6bf602b8db9333b7b29a750cc425661aba29d984771c9968faa6b09f1f
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade e8000000dd04 -> e7000000dd03
-- an empty upgrade: its downgrade is derived (nothing)

UPDATE migc_version SET version_num='e7000000dd03' WHERE migc_version.version_num = 'e8000000dd04';

COMMIT;

