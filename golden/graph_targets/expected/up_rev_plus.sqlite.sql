-- migc 0.1.0 | sqlite 3.40 | upgrade m2b -> m3c | 1 revision
-- source: sha256:c21d122e3bd09fd3fbc545e5ab6e178b33105e323ff47e3d133b01aec41a6a1e
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade m2b -> m3c
-- create t_m3c

CREATE TABLE t_m3c (
    id INTEGER
);

UPDATE migc_version SET version_num='m3c' WHERE migc_version.version_num = 'm2b';

COMMIT;

