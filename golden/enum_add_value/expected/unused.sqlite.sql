-- migc 0.1.0 | sqlite 3.40 | upgrade base -> ab000000e002 | 2 revisions
-- source: sha256:fde57d3bd22c508b3236ee1a77647596e77bc9685d1a3086bd5a6194f1ae8987
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

INSERT INTO migc_version (version_num) VALUES ('ab000000e001');

-- Running upgrade ab000000e001 -> ab000000e002
-- a label for an enum no column uses

-- enum priority: added value 'medium'

UPDATE migc_version SET version_num='ab000000e002' WHERE migc_version.version_num = 'ab000000e001';

COMMIT;

