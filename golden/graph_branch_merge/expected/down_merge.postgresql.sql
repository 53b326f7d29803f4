-- migc 0.1.0 | postgresql 15 | downgrade f6 -> d4, c3 | 2 revisions
-- source: sha256:f0ceb77385dc3170302e455390ec30e8576a18f629f6740141834195c92a6987
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

