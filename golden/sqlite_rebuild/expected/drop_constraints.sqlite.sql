-- migc 0.1.0 | sqlite 3.40 | upgrade rb05 -> rb07 | 2 revisions
-- source: sha256:5609f957a5d98a683e2f2c46e375873dedf772b413d8725aaded179adc70a87b
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running upgrade rb05 -> rb06
-- add a constraint of each kind

-- rebuild of table accounts (SQLite cannot alter it in place: add check constraint ck_accounts_score; add unique constraint uq_accounts_code; add foreign key constraint fk_accounts_plan)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(100) NOT NULL,
    code INTEGER,
    plan_id INTEGER,
    score INTEGER,
    note TEXT,
    nick TEXT,
    legacy TEXT,
    status VARCHAR(10) DEFAULT 'new' NOT NULL,
    CONSTRAINT ck_accounts_score CHECK (score >= 0),
    CONSTRAINT uq_accounts_code UNIQUE (code),
    CONSTRAINT fk_accounts_plan FOREIGN KEY (plan_id) REFERENCES plans (id)
);

INSERT INTO _migc_tmp_accounts (id, email, code, plan_id, score, note, nick, legacy, status)
SELECT id, email, code, plan_id, score, note, nick, legacy, status FROM accounts;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_accounts';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_accounts', seq FROM sqlite_sequence WHERE name = 'accounts';

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

-- rebuild of table tags (SQLite cannot alter it in place: add primary key constraint pk_tags)

CREATE TABLE _migc_tmp_tags (
    name TEXT NOT NULL,
    weight INTEGER,
    CONSTRAINT pk_tags PRIMARY KEY (name)
);

INSERT INTO _migc_tmp_tags (name, weight)
SELECT name, weight FROM tags;

DROP TABLE tags;

ALTER TABLE _migc_tmp_tags RENAME TO tags;

UPDATE migc_version SET version_num='rb06' WHERE migc_version.version_num = 'rb05';

-- Running upgrade rb06 -> rb07
-- drop a constraint of each kind

-- rebuild of table accounts (SQLite cannot alter it in place: drop check constraint ck_accounts_score; drop unique constraint uq_accounts_code; drop foreign key constraint fk_accounts_plan)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(100) NOT NULL,
    code INTEGER,
    plan_id INTEGER,
    score INTEGER,
    note TEXT,
    nick TEXT,
    legacy TEXT,
    status VARCHAR(10) DEFAULT 'new' NOT NULL
);

INSERT INTO _migc_tmp_accounts (id, email, code, plan_id, score, note, nick, legacy, status)
SELECT id, email, code, plan_id, score, note, nick, legacy, status FROM accounts;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_accounts';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_accounts', seq FROM sqlite_sequence WHERE name = 'accounts';

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

-- rebuild of table tags (SQLite cannot alter it in place: drop primary key constraint pk_tags)

CREATE TABLE _migc_tmp_tags (
    name TEXT NOT NULL,
    weight INTEGER
);

INSERT INTO _migc_tmp_tags (name, weight)
SELECT name, weight FROM tags;

DROP TABLE tags;

ALTER TABLE _migc_tmp_tags RENAME TO tags;

UPDATE migc_version SET version_num='rb07' WHERE migc_version.version_num = 'rb06';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

