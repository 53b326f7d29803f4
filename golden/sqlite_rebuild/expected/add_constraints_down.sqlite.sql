-- migc 0.1.0 | sqlite 3.40 | downgrade rb06 -> rb05 | 1 revision
-- source: sha256:19b96f3cdcc2546d056061d8d7baa142986175d8208d442d40b9ed9c5610684d
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running downgrade rb06 -> rb05
-- add a constraint of each kind

-- rebuild of table tags (SQLite cannot alter it in place: drop primary key constraint pk_tags)

CREATE TABLE _migc_tmp_tags (
    name TEXT NOT NULL,
    weight INTEGER
);

INSERT INTO _migc_tmp_tags (name, weight)
SELECT name, weight FROM tags;

DROP TABLE tags;

ALTER TABLE _migc_tmp_tags RENAME TO tags;

-- rebuild of table accounts (SQLite cannot alter it in place: drop foreign key constraint fk_accounts_plan; drop unique constraint uq_accounts_code; drop check constraint ck_accounts_score)

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

UPDATE migc_version SET version_num='rb05' WHERE migc_version.version_num = 'rb06';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

