-- migc 0.1.0 | sqlite 3.40 | downgrade rb03 -> rb02 | 1 revision
-- source: sha256:c075f2cb0608fc7272a68d5f9385fa0abfaf11284a389b4a7685fb5ae0fe6b71
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade rb03 -> rb02
-- add a nullable column and backfill it

ALTER TABLE accounts DROP COLUMN status;

UPDATE migc_version SET version_num='rb02' WHERE migc_version.version_num = 'rb03';

COMMIT;

