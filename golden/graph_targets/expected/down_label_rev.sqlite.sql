-- migc 0.1.0 | sqlite 3.40 | downgrade s3c, m4d -> s3c | 2 revisions
-- source: sha256:61abb087f8e0e2a6d99c12b560135af27c3db985b236a80b498a8b55b0c6f859
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

COMMIT;

