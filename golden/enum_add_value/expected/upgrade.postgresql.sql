-- migc 0.1.0 | postgresql 15 | upgrade base -> ab000000e003 | 3 revisions
-- source: sha256:4f024931268c63aa3df219172e82f1fa2f5c99fcf585c119a8045e79fbad9331
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> ab000000e001
-- a status enum used by a column, a priority enum used by none

CREATE TYPE status AS ENUM ('new', 'done');

CREATE TYPE priority AS ENUM ('low', 'high');

CREATE TABLE tasks (
    id INTEGER NOT NULL,
    status status DEFAULT 'new' NOT NULL,
    CONSTRAINT pk_tasks PRIMARY KEY (id)
);

CREATE TABLE history (
    id INTEGER NOT NULL,
    task_id INTEGER,
    status status,
    CONSTRAINT pk_history PRIMARY KEY (id),
    CONSTRAINT fk_history_task_id_tasks FOREIGN KEY (task_id) REFERENCES tasks (id)
);

CREATE INDEX ix_history_status ON history (status);

INSERT INTO tasks (id, status) VALUES
    (10, 'done'),
    (11, 'new');

INSERT INTO history (id, task_id, status) VALUES
    (1, 10, 'new'),
    (2, 10, 'done');

INSERT INTO migc_version (version_num) VALUES ('ab000000e001');

-- Running upgrade ab000000e001 -> ab000000e002
-- a label for an enum no column uses

ALTER TYPE priority ADD VALUE IF NOT EXISTS 'medium' AFTER 'low';

UPDATE migc_version SET version_num='ab000000e002' WHERE migc_version.version_num = 'ab000000e001';

-- Running upgrade ab000000e002 -> ab000000e003
-- new status labels: two unused, one used right away

ALTER TYPE status ADD VALUE IF NOT EXISTS 'doing' BEFORE 'done';

ALTER TYPE status ADD VALUE IF NOT EXISTS 'archived' AFTER 'done';

ALTER TYPE status ADD VALUE IF NOT EXISTS 'blocked';

-- 'blocked' is used below in this transaction, which PostgreSQL rejects for a value added in it ("unsafe use of new value"): commit first

COMMIT;

BEGIN;

INSERT INTO tasks (id, status) VALUES
    (1, 'blocked'),
    (2, 'new');

UPDATE migc_version SET version_num='ab000000e003' WHERE migc_version.version_num = 'ab000000e002';

COMMIT;

