-- migc 0.1.0 | sqlite 3.40 | upgrade ab000000e002 -> ab000000e003 | 1 revision
-- source: sha256:380cca7f4e3314f29f386bd738dd72dab0cfa67c45c6cb666601a179df456145
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running upgrade ab000000e002 -> ab000000e003
-- new status labels: two unused, one used right away

-- enum status: added value 'doing'

-- rebuild of table history: the CHECK of column status (type status) takes the new label

CREATE TABLE _migc_tmp_history (
    id INTEGER NOT NULL,
    task_id INTEGER,
    status VARCHAR(5),
    CONSTRAINT pk_history PRIMARY KEY (id),
    CONSTRAINT fk_history_task_id_tasks FOREIGN KEY (task_id) REFERENCES tasks (id),
    CONSTRAINT ck_history_status_enum CHECK (status IN ('new', 'doing', 'done'))
);

INSERT INTO _migc_tmp_history (id, task_id, status)
SELECT id, task_id, status FROM history;

DROP TABLE history;

ALTER TABLE _migc_tmp_history RENAME TO history;

CREATE INDEX ix_history_status ON history (status);

-- rebuild of table tasks: the CHECK of column status (type status) takes the new label

CREATE TABLE _migc_tmp_tasks (
    id INTEGER NOT NULL,
    status VARCHAR(5) DEFAULT 'new' NOT NULL,
    CONSTRAINT pk_tasks PRIMARY KEY (id),
    CONSTRAINT ck_tasks_status_enum CHECK (status IN ('new', 'doing', 'done'))
);

INSERT INTO _migc_tmp_tasks (id, status)
SELECT id, status FROM tasks;

DROP TABLE tasks;

ALTER TABLE _migc_tmp_tasks RENAME TO tasks;

-- enum status: added value 'archived'

-- rebuild of table history: the CHECK of column status (type status) takes the new label

CREATE TABLE _migc_tmp_history (
    id INTEGER NOT NULL,
    task_id INTEGER,
    status VARCHAR(8),
    CONSTRAINT pk_history PRIMARY KEY (id),
    CONSTRAINT fk_history_task_id_tasks FOREIGN KEY (task_id) REFERENCES tasks (id),
    CONSTRAINT ck_history_status_enum CHECK (status IN ('new', 'doing', 'done', 'archived'))
);

INSERT INTO _migc_tmp_history (id, task_id, status)
SELECT id, task_id, status FROM history;

DROP TABLE history;

ALTER TABLE _migc_tmp_history RENAME TO history;

CREATE INDEX ix_history_status ON history (status);

-- rebuild of table tasks: the CHECK of column status (type status) takes the new label

CREATE TABLE _migc_tmp_tasks (
    id INTEGER NOT NULL,
    status VARCHAR(8) DEFAULT 'new' NOT NULL,
    CONSTRAINT pk_tasks PRIMARY KEY (id),
    CONSTRAINT ck_tasks_status_enum CHECK (status IN ('new', 'doing', 'done', 'archived'))
);

INSERT INTO _migc_tmp_tasks (id, status)
SELECT id, status FROM tasks;

DROP TABLE tasks;

ALTER TABLE _migc_tmp_tasks RENAME TO tasks;

-- enum status: added value 'blocked'

-- rebuild of table history: the CHECK of column status (type status) takes the new label

CREATE TABLE _migc_tmp_history (
    id INTEGER NOT NULL,
    task_id INTEGER,
    status VARCHAR(8),
    CONSTRAINT pk_history PRIMARY KEY (id),
    CONSTRAINT fk_history_task_id_tasks FOREIGN KEY (task_id) REFERENCES tasks (id),
    CONSTRAINT ck_history_status_enum CHECK (status IN ('new', 'doing', 'done', 'archived', 'blocked'))
);

INSERT INTO _migc_tmp_history (id, task_id, status)
SELECT id, task_id, status FROM history;

DROP TABLE history;

ALTER TABLE _migc_tmp_history RENAME TO history;

CREATE INDEX ix_history_status ON history (status);

-- rebuild of table tasks: the CHECK of column status (type status) takes the new label

CREATE TABLE _migc_tmp_tasks (
    id INTEGER NOT NULL,
    status VARCHAR(8) DEFAULT 'new' NOT NULL,
    CONSTRAINT pk_tasks PRIMARY KEY (id),
    CONSTRAINT ck_tasks_status_enum CHECK (status IN ('new', 'doing', 'done', 'archived', 'blocked'))
);

INSERT INTO _migc_tmp_tasks (id, status)
SELECT id, status FROM tasks;

DROP TABLE tasks;

ALTER TABLE _migc_tmp_tasks RENAME TO tasks;

INSERT INTO tasks (id, status) VALUES
    (1, 'blocked'),
    (2, 'new');

UPDATE migc_version SET version_num='ab000000e003' WHERE migc_version.version_num = 'ab000000e002';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

