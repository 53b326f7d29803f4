-- migc 0.1.0 | postgresql 15 | stamp m3c, s2b -> m4d, s3c | 0 revisions
-- source: sha256:3244ab27c077f45928f1ea6b72b6dc7e2504142d1f4671ddbced3cd994f19097
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision m3c -> m4d

UPDATE migc_version SET version_num='m4d' WHERE migc_version.version_num = 'm3c';

-- Running stamp_revision s2b -> s3c

UPDATE migc_version SET version_num='s3c' WHERE migc_version.version_num = 's2b';

COMMIT;

