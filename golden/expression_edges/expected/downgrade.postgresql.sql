-- migc 0.1.0 | postgresql 15 | downgrade ee01 -> base | 1 revision
-- source: sha256:912908e411605a85e25ed6a27d9b30dfb199a92c24b5a96026ce77e90ef70e1d
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade ee01 -> 
-- counters

DROP TABLE counters;

DELETE FROM migc_version WHERE migc_version.version_num = 'ee01';

COMMIT;

