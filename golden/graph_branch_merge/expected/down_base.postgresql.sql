-- migc 0.1.0 | postgresql 15 | downgrade b2 -> base | 2 revisions
-- source: sha256:04c25e095115daaa02a01a8719c1d54fbd62e6bb5cb31f3cddf4165dd16082fd
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade b2 -> a1
-- create t_b2

DROP TABLE t_b2;

UPDATE migc_version SET version_num='a1' WHERE migc_version.version_num = 'b2';

-- Running downgrade a1 -> 
-- create t_a1

DROP TABLE t_a1;

DELETE FROM migc_version WHERE migc_version.version_num = 'a1';

COMMIT;

