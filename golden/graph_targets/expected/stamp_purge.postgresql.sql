-- migc 0.1.0 | postgresql 15 | stamp base -> m4d | 0 revisions
-- source: sha256:ef6116dda49334debcbb70243b92f696077cc2701bfcd510352ca0a7df758d58
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

DELETE FROM migc_version;

-- Running stamp_revision  -> m4d

INSERT INTO migc_version (version_num) VALUES ('m4d');

COMMIT;

