-- migc 0.1.0 | postgresql 15 | downgrade e2000000a002 -> base | 2 revisions
-- source: sha256:b7b699bd86481d70773718898bcea48f9cf22484fd5e2c10b129972f56251a38
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

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

