-- migc 0.1.0 | sqlite 3.40 | downgrade rb03 -> rb02 | 1 revision
-- source: sha256:a46697debb19d448eac711940369fc3192b446dc0209f47a96aacb1835cf07aa
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade rb03 -> rb02
-- add a nullable column and backfill it

ALTER TABLE accounts DROP COLUMN status;

UPDATE migc_version SET version_num='rb02' WHERE migc_version.version_num = 'rb03';

COMMIT;

