-- migc 0.1.0 | sqlite 3.40 | upgrade base -> f2000000b002 | 2 revisions
-- source: sha256:52c887b71a6afc9b7b66a7ac078ad213e6a6bed3065e7714161eae3943394ae5
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> f1000000b001
-- accounts

CREATE TABLE accounts (
    id INTEGER NOT NULL,
    login VARCHAR(40) NOT NULL,
    legacy TEXT,
    CONSTRAINT pk_accounts PRIMARY KEY (id)
);

CREATE TABLE plans (
    id INTEGER NOT NULL,
    CONSTRAINT pk_plans PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('f1000000b001');

-- Running upgrade f1000000b001 -> f2000000b002
-- add, drop and rename columns

ALTER TABLE accounts ADD COLUMN nickname VARCHAR(30) DEFAULT 'anon';

-- comment on column accounts.nickname: optional

ALTER TABLE accounts ADD COLUMN plan_id INTEGER CONSTRAINT fk_accounts_plan_id_plans REFERENCES plans (id) ON DELETE SET NULL;

ALTER TABLE accounts ADD COLUMN credits INTEGER DEFAULT 0 NOT NULL CONSTRAINT ck_accounts_credits CHECK (credits >= 0);

ALTER TABLE accounts DROP COLUMN legacy;

ALTER TABLE accounts RENAME COLUMN login TO username;

UPDATE migc_version SET version_num='f2000000b002' WHERE migc_version.version_num = 'f1000000b001';

COMMIT;

