-- migc 0.1.0 | sqlite 3.40 | downgrade e2000000a002 -> base | 2 revisions
-- source: sha256:7e6fdb2eda9e22bc8efcc7d7f787d8e2e9c71e22247ce773c98fdc7ce4b7df88
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade e2000000a002 -> e1000000a001
-- rename drafts to documents, drop scratch

CREATE TABLE scratch (
    id INTEGER NOT NULL,
    CONSTRAINT pk_scratch PRIMARY KEY (id)
);

ALTER TABLE documents RENAME TO drafts;

UPDATE migc_version SET version_num='e1000000a001' WHERE migc_version.version_num = 'e2000000a002';

-- Running downgrade e1000000a001 -> 
-- two tables

DROP TABLE IF EXISTS scratch;

DROP TABLE drafts;

DELETE FROM migc_version WHERE migc_version.version_num = 'e1000000a001';

COMMIT;

