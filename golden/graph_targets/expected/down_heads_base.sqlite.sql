-- migc 0.1.0 | sqlite 3.40 | downgrade m4d, s3c -> base | 7 revisions
-- source: sha256:e554bae14bad562ca67c0a870ee5d97dca93e8d0a4b5406c6e3c1b66a2bf5221
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade m4d -> m3c
-- create t_m4d

DROP TABLE t_m4d;

UPDATE migc_version SET version_num='m3c' WHERE migc_version.version_num = 'm4d';

-- Running downgrade m3c -> m2b
-- create t_m3c

DROP TABLE t_m3c;

DELETE FROM migc_version WHERE migc_version.version_num = 'm3c';

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

-- Running downgrade m2b -> m1a
-- create t_m2b

DROP TABLE t_m2b;

UPDATE migc_version SET version_num='m1a' WHERE migc_version.version_num = 'm2b';

-- Running downgrade m1a -> 
-- create t_m1a

DROP TABLE t_m1a;

DELETE FROM migc_version WHERE migc_version.version_num = 'm1a';

COMMIT;

