-- migc 0.1.0 | postgresql 15 | downgrade f6 -> d4, c3 | 2 revisions
-- source: sha256:ecdad2d30167cb93f5eed40cfa29e7b084759950adee5b37b3ef7685905765c9
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade f6 -> e5
-- create t_f6

DROP TABLE t_f6;

UPDATE migc_version SET version_num='e5' WHERE migc_version.version_num = 'f6';

-- Running downgrade e5 -> c3, d4
-- merge the branches

INSERT INTO migc_version (version_num) VALUES ('c3');

UPDATE migc_version SET version_num='d4' WHERE migc_version.version_num = 'e5';

COMMIT;

