-- migc 0.1.0 | postgresql 15 | downgrade c4d4000000dd -> base | 4 revisions
-- source: sha256:28c6d593d3ac8d81dd6caa7cdb189c0e41d1389d70808427476f162206272ef2
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

-- Running downgrade c2b2000000bb -> c1a1000000aa
-- step 2

DROP TABLE step2;

UPDATE migc_version SET version_num='c1a1000000aa' WHERE migc_version.version_num = 'c2b2000000bb';

-- Running downgrade c1a1000000aa -> 
-- step 1

DROP TABLE step1;

DELETE FROM migc_version WHERE migc_version.version_num = 'c1a1000000aa';

COMMIT;

