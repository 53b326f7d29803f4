-- migc 0.1.0 | postgresql 15 | downgrade c4d4000000dd -> c2b2000000bb | 2 revisions
-- source: sha256:c18efc96000bdba804c0e4494ed07d59f2a7d3b6740d2d9711eb489162893822
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade c4d4000000dd -> c3c3000000cc
-- step 4

DROP TABLE step4;

UPDATE migc_version SET version_num='c3c3000000cc' WHERE migc_version.version_num = 'c4d4000000dd';

-- Running downgrade c3c3000000cc -> c2b2000000bb
-- step 3

DROP TABLE step3;

UPDATE migc_version SET version_num='c2b2000000bb' WHERE migc_version.version_num = 'c3c3000000cc';

COMMIT;

