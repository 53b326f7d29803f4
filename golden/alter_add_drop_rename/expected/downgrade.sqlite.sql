-- migc 0.1.0 | sqlite 3.40 | downgrade f2000000b002 -> base | 2 revisions
-- source: sha256:20024ad80a66968c2f079d31d69b7c3b77bd8c0ee1c8d1828e7e8bc08de0e501
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running downgrade f2000000b002 -> f1000000b001
-- add, drop and rename columns

-- rebuild of table accounts (SQLite cannot alter it in place: drop column credits, which check constraint ck_accounts_credits uses; drop column plan_id, which foreign key constraint fk_accounts_plan_id_plans uses)

CREATE TABLE _migc_tmp_accounts (
    id INTEGER NOT NULL,
    login VARCHAR(40) NOT NULL,
    nickname VARCHAR(30) DEFAULT 'anon',
    legacy TEXT,
    CONSTRAINT pk_accounts PRIMARY KEY (id)
);

INSERT INTO _migc_tmp_accounts (id, login, nickname)
SELECT id, username, nickname FROM accounts;

DROP TABLE accounts;

ALTER TABLE _migc_tmp_accounts RENAME TO accounts;

ALTER TABLE accounts DROP COLUMN nickname;

UPDATE migc_version SET version_num='f1000000b001' WHERE migc_version.version_num = 'f2000000b002';

-- Running downgrade f1000000b001 -> 
-- accounts

DROP TABLE plans;

DROP TABLE accounts;

DELETE FROM migc_version WHERE migc_version.version_num = 'f1000000b001';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

