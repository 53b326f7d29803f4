-- migc 0.1.0 | postgresql 15 | downgrade b2000000c002 -> base | 2 revisions
-- source: sha256:503790ea55bb8a7a5ac1368a886203cd28e30bc22bf0c4fa4651a3debac1558a
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade b2000000c002 -> a1000000c001
-- a text primary key and a set default action

DROP TABLE cities;

DROP TABLE countries;

UPDATE migc_version SET version_num='a1000000c001' WHERE migc_version.version_num = 'b2000000c002';

-- Running downgrade a1000000c001 -> 
-- parents and every column option

DROP TABLE members;

DROP TABLE teams;

DELETE FROM migc_version WHERE migc_version.version_num = 'a1000000c001';

COMMIT;

