-- migc 0.1.0 | sqlite 3.40 | stamp m4d -> m4d, s3c | 0 revisions
-- source: sha256:ef6116dda49334debcbb70243b92f696077cc2701bfcd510352ca0a7df758d58
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running stamp_revision  -> s3c

INSERT INTO migc_version (version_num) VALUES ('s3c');

COMMIT;

