-- migc 0.1.0 | sqlite 3.40 | downgrade rb09 -> rb08 | 1 revision
-- source: sha256:b667c90abcfdca104026c9fd32959c58b37688f0ee9090cd4c853550ad21706a
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running downgrade rb09 -> rb08
-- several actions in one alter table: one rebuild

-- rebuild of table accounts (SQLite cannot alter it in place: drop the default of column score; change the type of column note)

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

INSERT INTO _migc_tmp_accounts (id, email, code, plan_id, score, note, nick, status)
SELECT id, login, code, plan_id, score, note, nick, status FROM accounts;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_accounts';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_accounts', seq FROM sqlite_sequence WHERE name = 'accounts';

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

UPDATE migc_version SET version_num='rb08' WHERE migc_version.version_num = 'rb09';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

