-- migc 0.1.0 | postgresql 15 | downgrade b4000000a002 -> base | 2 revisions
-- source: sha256:6157c0cf8f88b4db4583ec5d1da94eaf9f70b82b7acd81230d095cd057b82947
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade b4000000a002 -> b4000000a001
-- types in add column and cast

ALTER TABLE every_type DROP COLUMN c_more_raw;

ALTER TABLE every_type DROP COLUMN c_more_uuid;

UPDATE migc_version SET version_num='b4000000a001' WHERE migc_version.version_num = 'b4000000a002';

-- Running downgrade b4000000a001 -> 
-- one column of every portable type

DROP TABLE every_type;

DROP TYPE color;

DELETE FROM migc_version WHERE migc_version.version_num = 'b4000000a001';

COMMIT;

