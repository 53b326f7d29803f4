-- migc 0.1.0 | sqlite 3.40 | upgrade rb08 -> rb10 | 2 revisions
-- source: sha256:d847bdfd87292f1f38c40e5b33b5dce95a2336af3961add2fd66877e925b90d6
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running upgrade rb08 -> rb09
-- several actions in one alter table: one rebuild

-- rebuild of table accounts (SQLite cannot alter it in place: change the type of column note; change the default of column score)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    login VARCHAR(100) NOT NULL,
    code INTEGER,
    plan_id INTEGER,
    score INTEGER DEFAULT 0,
    note VARCHAR(200),
    nick TEXT,
    status VARCHAR(10) DEFAULT 'new' NOT NULL,
    joined DATE DEFAULT '2025-01-01'
);

INSERT INTO _migc_tmp_accounts (id, login, code, plan_id, score, note, nick, status)
SELECT id, email, code, plan_id, score, note, nick, status FROM accounts;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_accounts';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_accounts', seq FROM sqlite_sequence WHERE name = 'accounts';

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

CREATE UNIQUE INDEX ix_accounts_email ON accounts (login);

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

UPDATE migc_version SET version_num='rb09' WHERE migc_version.version_num = 'rb08';

-- Running upgrade rb09 -> rb10
-- add a primary-key identity column and a unique column to a table with rows

-- rebuild of table tags (SQLite cannot alter it in place: add primary-key column id; add unique column slug)

CREATE TABLE _migc_tmp_tags (
    name TEXT NOT NULL,
    weight INTEGER,
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    slug VARCHAR(20),
    CONSTRAINT uq_tags_slug UNIQUE (slug)
);

INSERT INTO _migc_tmp_tags (name, weight)
SELECT name, weight FROM tags;

DROP TABLE tags;

ALTER TABLE _migc_tmp_tags RENAME TO tags;

UPDATE migc_version SET version_num='rb10' WHERE migc_version.version_num = 'rb09';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

