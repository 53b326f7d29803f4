-- migc 0.1.0 | postgresql 15 | stamp f6 -> e5 | 0 revisions
-- source: sha256:ecdad2d30167cb93f5eed40cfa29e7b084759950adee5b37b3ef7685905765c9
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision f6 -> e5

UPDATE migc_version SET version_num='e5' WHERE migc_version.version_num = 'f6';

COMMIT;

