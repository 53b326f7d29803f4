-- migc 0.1.0 | postgresql 15 | stamp m4d -> m4d, s3c | 0 revisions
-- source: sha256:227b46e53904bd70e807add0730ab86d6ac3495709cac458c727bb7d2be73dd5
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision  -> s3c

INSERT INTO migc_version (version_num) VALUES ('s3c');

COMMIT;

