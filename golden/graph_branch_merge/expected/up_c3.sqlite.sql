-- migc 0.1.0 | sqlite 3.40 | upgrade b2 -> c3 | 1 revision
-- source: sha256:418d9b3de04abadd24ea841471c3daba7c876db5e79cca8d79c8158089e2c7bd
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade b2 -> c3
-- create t_c3 (branch one)

CREATE TABLE t_c3 (
    id INTEGER
);

UPDATE migc_version SET version_num='c3' WHERE migc_version.version_num = 'b2';

COMMIT;

