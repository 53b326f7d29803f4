-- migc 0.1.0 | postgresql 15 | downgrade c3, d4 -> b2 | 2 revisions
-- source: sha256:94c758a69e4a22dac5e9abbc0544904271691c03ee6f5bdfc0a6a8f40f861573
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade c3 -> b2
-- create t_c3 (branch one)

DROP TABLE t_c3;

DELETE FROM migc_version WHERE migc_version.version_num = 'c3';

-- Running downgrade d4 -> b2
-- create t_d4 (branch two)

DROP TABLE t_d4;

UPDATE migc_version SET version_num='b2' WHERE migc_version.version_num = 'd4';

COMMIT;

