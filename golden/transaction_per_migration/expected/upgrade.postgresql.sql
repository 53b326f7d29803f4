-- migc 0.1.0 | postgresql 15 | upgrade base -> d5000000ff03 | 3 revisions
-- source: sha256:1741df5bf2572ba2611a1057f7253523759e8fac5b8f38789fe0533f8029d5c4
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> d3000000ff01
-- a table

CREATE TABLE jobs (
    id INTEGER NOT NULL,
    state VARCHAR(10) NOT NULL,
    CONSTRAINT pk_jobs PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('d3000000ff01');

COMMIT;

BEGIN;

-- Running upgrade d3000000ff01 -> d4000000ff02
-- an index built concurrently

INSERT INTO jobs (id, state) VALUES (1, 'queued');

COMMIT;

CREATE INDEX CONCURRENTLY ix_jobs_state ON jobs (state);

BEGIN;

UPDATE migc_version SET version_num='d4000000ff02' WHERE migc_version.version_num = 'd3000000ff01';

COMMIT;

BEGIN;

-- Running upgrade d4000000ff02 -> d5000000ff03
-- a column

ALTER TABLE jobs ADD COLUMN note TEXT;

UPDATE migc_version SET version_num='d5000000ff03' WHERE migc_version.version_num = 'd4000000ff02';

COMMIT;

