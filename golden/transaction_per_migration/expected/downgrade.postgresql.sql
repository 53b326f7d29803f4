-- migc 0.1.0 | postgresql 15 | downgrade d5000000ff03 -> base | 3 revisions
-- source: sha256:41065ebc8430cc2a15cf1a64c00f52f98afd22977e7091d92a8869f1f3605c23
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade d5000000ff03 -> d4000000ff02
-- a column

ALTER TABLE jobs DROP COLUMN note;

UPDATE migc_version SET version_num='d4000000ff02' WHERE migc_version.version_num = 'd5000000ff03';

COMMIT;

BEGIN;

-- Running downgrade d4000000ff02 -> d3000000ff01
-- an index built concurrently

COMMIT;

DROP INDEX CONCURRENTLY ix_jobs_state;

BEGIN;

DELETE FROM jobs WHERE id = 1;

UPDATE migc_version SET version_num='d3000000ff01' WHERE migc_version.version_num = 'd4000000ff02';

COMMIT;

BEGIN;

-- Running downgrade d3000000ff01 -> 
-- a table

DROP TABLE jobs;

DELETE FROM migc_version WHERE migc_version.version_num = 'd3000000ff01';

COMMIT;

