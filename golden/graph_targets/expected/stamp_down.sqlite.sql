-- migc 0.1.0 | sqlite 3.40 | stamp m4d, s3c -> m2b | 0 revisions
-- source: sha256:640b19ab9901fef091b0e6814f1536eb534e91a4883fa57f169bf103c3eed70a
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running stamp_revision m4d, s3c -> m2b

DELETE FROM migc_version WHERE migc_version.version_num = 'm4d';

UPDATE migc_version SET version_num='m2b' WHERE migc_version.version_num = 's3c';

COMMIT;

