-- migc 0.1.0 | sqlite 3.40 | upgrade ab1200000001 -> ab3400000002 | 1 revision
-- source: sha256:ca5da445cbb00960acfc4eefcc3b050f93efa2fb733ca7f9af40eb532eb90841
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade ab1200000001 -> ab3400000002
-- two

CREATE TABLE two (
    id INTEGER NOT NULL,
    CONSTRAINT pk_two PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='ab3400000002' WHERE migc_version.version_num = 'ab1200000001';

COMMIT;

