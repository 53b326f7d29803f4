-- migc 0.1.0 | sqlite 3.40 | upgrade rb01 -> rb03 | 2 revisions
-- source: sha256:8bad9189d437228fa8cdcebf1e7fef84814cb693b5a3eb6d1af6f6f7c3343c14
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running upgrade rb01 -> rb02
-- type changes, one with using

-- rebuild of table accounts (SQLite cannot alter it in place: change the type of column code; change the type of column nick)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(100) NOT NULL,
    code INTEGER,
    plan_id INTEGER,
    score INTEGER,
    note TEXT DEFAULT 'n/a',
    nick TEXT,
    legacy TEXT
);

INSERT INTO _migc_tmp_accounts (id, email, code, plan_id, score, note, nick, legacy)
SELECT id, email, CAST(code AS INTEGER), plan_id, score, note, nick, legacy FROM accounts;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_accounts';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_accounts', seq FROM sqlite_sequence WHERE name = 'accounts';

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

UPDATE migc_version SET version_num='rb02' WHERE migc_version.version_num = 'rb01';

-- Running upgrade rb02 -> rb03
-- add a nullable column and backfill it

ALTER TABLE accounts ADD COLUMN status VARCHAR(10);

UPDATE accounts SET status = 'active';

UPDATE migc_version SET version_num='rb03' WHERE migc_version.version_num = 'rb02';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

