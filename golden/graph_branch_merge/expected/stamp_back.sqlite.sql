-- migc 0.1.0 | sqlite 3.40 | stamp f6 -> e5 | 0 revisions
-- source: sha256:b09d14f4be74631e227fb8ee3e4182ba2a3ace6e84ee822e65dcda728903396f
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running stamp_revision f6 -> e5

UPDATE migc_version SET version_num='e5' WHERE migc_version.version_num = 'f6';

COMMIT;

