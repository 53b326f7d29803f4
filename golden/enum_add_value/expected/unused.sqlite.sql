-- migc 0.1.0 | sqlite 3.40 | upgrade base -> ab000000e002 | 2 revisions
-- source: sha256:7afbcaeef007549a042832854c93393a9163bf2f9c501ac8c1b4af865fb08ce1
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> ab000000e001
-- a status enum used by a column, a priority enum used by none

-- enum status ('new', 'done'): columns of this type are VARCHAR with a CHECK on SQLite

-- enum priority ('low', 'high'): columns of this type are VARCHAR with a CHECK on SQLite

CREATE TABLE tasks (
    id INTEGER NOT NULL,
    status VARCHAR(4) DEFAULT 'new' NOT NULL,
    CONSTRAINT pk_tasks PRIMARY KEY (id),
    CONSTRAINT ck_tasks_status_enum CHECK (status IN ('new', 'done'))
);

CREATE TABLE history (
    id INTEGER NOT NULL,
    task_id INTEGER,
    status VARCHAR(4),
    CONSTRAINT pk_history PRIMARY KEY (id),
    CONSTRAINT fk_history_task_id_tasks FOREIGN KEY (task_id) REFERENCES tasks (id),
    CONSTRAINT ck_history_status_enum CHECK (status IN ('new', 'done'))
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

-- enum priority: added value 'medium'

UPDATE migc_version SET version_num='ab000000e002' WHERE migc_version.version_num = 'ab000000e001';

COMMIT;

