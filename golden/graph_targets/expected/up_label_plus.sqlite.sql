-- migc 0.1.0 | sqlite 3.40 | upgrade m3c -> m4d | 1 revision
-- source: sha256:03046584832f4d867f96a63903078546e6822990f91d2ce55e04eee397bcb135
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade m3c -> m4d
-- create t_m4d

CREATE TABLE t_m4d (
    id INTEGER
);

UPDATE migc_version SET version_num='m4d' WHERE migc_version.version_num = 'm3c';

COMMIT;

