-- migc 0.1.0 | sqlite 3.40 | stamp m4d -> m4d, s3c | 0 revisions
-- source: sha256:15140f773c193568da5486b59ff81813225a8d4b585a508cb75fc7dba73799e0
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running stamp_revision  -> s3c

INSERT INTO migc_version (version_num) VALUES ('s3c');

COMMIT;

