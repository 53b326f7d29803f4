-- migc 0.1.0 | sqlite 3.40 | downgrade s3c -> m2b | 3 revisions
-- source: sha256:52ce44356110cfd3ac472f468b2ad1e6ef3862add96d9ede99fe24c4dd74bbf6
-- run with: sqlite3 -bail app.db < script.sql

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

