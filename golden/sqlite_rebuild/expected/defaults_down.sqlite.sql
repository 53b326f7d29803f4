-- migc 0.1.0 | sqlite 3.40 | downgrade rb05 -> rb04 | 1 revision
-- source: sha256:1e8ee2775d03e6867115041807b1363f515a3e15cd2675371b5954677ad43da4
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running downgrade rb05 -> rb04
-- defaults: drop one, set one

-- rebuild of table accounts (SQLite cannot alter it in place: drop the default of column status; change the default of column note)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(100) NOT NULL,
    code INTEGER,
    plan_id INTEGER,
    score INTEGER,
    note TEXT DEFAULT 'n/a',
    nick TEXT,
    legacy TEXT,
    status VARCHAR(10) NOT NULL
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

UPDATE migc_version SET version_num='rb04' WHERE migc_version.version_num = 'rb05';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

