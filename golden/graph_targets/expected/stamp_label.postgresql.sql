-- migc 0.1.0 | postgresql 15 | stamp m4d -> m4d, s3c | 0 revisions
-- source: sha256:ef6116dda49334debcbb70243b92f696077cc2701bfcd510352ca0a7df758d58
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision  -> s3c

INSERT INTO migc_version (version_num) VALUES ('s3c');

COMMIT;

