-- migc 0.1.0 | sqlite 3.40 | stamp m3c, s2b -> m4d, s3c | 0 revisions
-- source: sha256:c5a7b41419a96cfd78ad906f0259aa96b607516ad4a97f033aebb61f25bda874
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running stamp_revision m3c -> m4d

UPDATE migc_version SET version_num='m4d' WHERE migc_version.version_num = 'm3c';

-- Running stamp_revision s2b -> s3c

UPDATE migc_version SET version_num='s3c' WHERE migc_version.version_num = 's2b';

COMMIT;

