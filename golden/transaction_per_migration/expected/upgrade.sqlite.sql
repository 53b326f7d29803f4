-- migc 0.1.0 | sqlite 3.40 | upgrade base -> d5000000ff03 | 3 revisions
-- source: sha256:dda4587e7db5aeed54031d1342c88cab1b08552fb9c00c91de5ad6e091fcb498
-- run with: sqlite3 -bail app.db < script.sql

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

CREATE INDEX ix_jobs_state ON jobs (state);

UPDATE migc_version SET version_num='d4000000ff02' WHERE migc_version.version_num = 'd3000000ff01';

COMMIT;

BEGIN;

-- Running upgrade d4000000ff02 -> d5000000ff03
-- a column

ALTER TABLE jobs ADD COLUMN note TEXT;

UPDATE migc_version SET version_num='d5000000ff03' WHERE migc_version.version_num = 'd4000000ff02';

COMMIT;

