-- migc 0.1.0 | postgresql 15 | downgrade s3c -> m2b | 3 revisions
-- source: sha256:91f3bad3d1e632a989d56df1337d17ea0292bd62ed40ec7117c32fbd6c90835e
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade s3c -> s2b
-- create t_s3c

DROP TABLE t_s3c;

INSERT INTO migc_version (version_num) VALUES ('s2b');

UPDATE migc_version SET version_num='m2b' WHERE migc_version.version_num = 's3c';

-- Running downgrade s2b -> s1a
-- create t_s2b

DROP TABLE t_s2b;

UPDATE migc_version SET version_num='s1a' WHERE migc_version.version_num = 's2b';

-- Running downgrade s1a -> 
-- create t_s1a

DROP TABLE t_s1a;

DELETE FROM migc_version WHERE migc_version.version_num = 's1a';

COMMIT;

