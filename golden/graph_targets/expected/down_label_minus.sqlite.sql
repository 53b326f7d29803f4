-- migc 0.1.0 | sqlite 3.40 | downgrade m4d, s3c -> m3c, s3c | 1 revision
-- source: sha256:03649bd51da959849eb7dcb124b274d70ea19363da7735b619e6a4d9af3bce86
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade m4d -> m3c
-- create t_m4d

DROP TABLE t_m4d;

UPDATE migc_version SET version_num='m3c' WHERE migc_version.version_num = 'm4d';

COMMIT;

