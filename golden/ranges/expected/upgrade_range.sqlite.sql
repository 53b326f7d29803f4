-- migc 0.1.0 | sqlite 3.40 | upgrade c2b2000000bb -> c3c3000000cc | 1 revision
-- source: sha256:b872cd042ed43b9a92dedf3e66dd26a9b3d80441146f7259aa739630854caf1d
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade c2b2000000bb -> c3c3000000cc
-- step 3

CREATE TABLE step3 (
    id INTEGER NOT NULL,
    CONSTRAINT pk_step3 PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='c3c3000000cc' WHERE migc_version.version_num = 'c2b2000000bb';

COMMIT;

