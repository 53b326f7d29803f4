-- migc 0.1.0 | postgresql 15 | stamp m1a -> m3c | 0 revisions
-- source: sha256:ef6116dda49334debcbb70243b92f696077cc2701bfcd510352ca0a7df758d58
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision m1a -> m3c

UPDATE migc_version SET version_num='m3c' WHERE migc_version.version_num = 'm1a';

COMMIT;

