-- migc 0.1.0 | postgresql 15 | upgrade base -> f2000000b002 | 2 revisions
-- source: sha256:4f0fe1645b4026b87a9995dff31e914edf72977bdaabf301a3876d97c534a709
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

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

COMMENT ON COLUMN accounts.nickname IS 'optional';

ALTER TABLE accounts ADD COLUMN plan_id INTEGER CONSTRAINT fk_accounts_plan_id_plans REFERENCES plans (id) ON DELETE SET NULL;

ALTER TABLE accounts ADD COLUMN credits INTEGER DEFAULT 0 NOT NULL CONSTRAINT ck_accounts_credits CHECK (credits >= 0);

ALTER TABLE accounts DROP COLUMN legacy;

ALTER TABLE accounts RENAME COLUMN login TO username;

UPDATE migc_version SET version_num='f2000000b002' WHERE migc_version.version_num = 'f1000000b001';

COMMIT;

