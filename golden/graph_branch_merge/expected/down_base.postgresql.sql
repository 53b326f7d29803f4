-- migc 0.1.0 | postgresql 15 | downgrade b2 -> base | 2 revisions
-- source: sha256:ecdad2d30167cb93f5eed40cfa29e7b084759950adee5b37b3ef7685905765c9
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

