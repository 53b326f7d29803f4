-- migc 0.1.0 | sqlite 3.40 | stamp m4d, s3c -> base | 0 revisions
-- source: sha256:2d2b3e2b91d65b6b1cd3de1a5784f49d69264aad114f222e48172f03f907a694
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running stamp_revision m4d -> 

DELETE FROM migc_version WHERE migc_version.version_num = 'm4d';

-- Running stamp_revision s3c -> 

DELETE FROM migc_version WHERE migc_version.version_num = 's3c';

COMMIT;

