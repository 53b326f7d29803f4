-- migc 0.1.0 | sqlite 3.40 | downgrade d5000000ff03 -> base | 3 revisions
-- source: sha256:cda63553e35738d785c6d5926c9e5116b8eb37143eca1af0e8ae305ce183423a
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade d5000000ff03 -> d4000000ff02
-- a column

ALTER TABLE jobs DROP COLUMN note;

UPDATE migc_version SET version_num='d4000000ff02' WHERE migc_version.version_num = 'd5000000ff03';

COMMIT;

BEGIN;

-- Running downgrade d4000000ff02 -> d3000000ff01
-- an index built concurrently

DROP INDEX ix_jobs_state;

DELETE FROM jobs WHERE id = 1;

UPDATE migc_version SET version_num='d3000000ff01' WHERE migc_version.version_num = 'd4000000ff02';

COMMIT;

BEGIN;

-- Running downgrade d3000000ff01 -> 
-- a table

DROP TABLE jobs;

DELETE FROM migc_version WHERE migc_version.version_num = 'd3000000ff01';

COMMIT;

