-- migc 0.1.0 | postgresql 15 | downgrade e5 -> d4, c3 | 1 revision
-- source: sha256:0b656da59b1fe1c328648ebc8a743d565d9b3f486d0114f5d1b47e206d79b0d3
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade e5 -> c3, d4
-- merge the branches

INSERT INTO migc_version (version_num) VALUES ('c3');

UPDATE migc_version SET version_num='d4' WHERE migc_version.version_num = 'e5';

COMMIT;

