-- migc 0.1.0 | sqlite 3.40 | upgrade c3c3000000cc -> c4d4000000dd | 1 revision
-- source: sha256:6939a078b4ea8fef8fb0a3c1546a63dc3e2016a7f4ac9ae949a74a6e1a131715
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade c3c3000000cc -> c4d4000000dd
-- step 4

CREATE TABLE step4 (
    id INTEGER NOT NULL,
    CONSTRAINT pk_step4 PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='c4d4000000dd' WHERE migc_version.version_num = 'c3c3000000cc';

COMMIT;

