-- migc 0.1.0 | sqlite 3.40 | upgrade c3 -> c3, d4 | 1 revision
-- source: sha256:30596f9de498eb0ce1e1c043908d335346b95096ac9f165b1d89b85078428d14
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade b2 -> d4
-- create t_d4 (branch two)

CREATE TABLE t_d4 (
    id INTEGER
);

INSERT INTO migc_version (version_num) VALUES ('d4');

COMMIT;

