-- migc 0.1.0 | postgresql 15 | downgrade rb10 -> base | 10 revisions
-- source: sha256:0652dfb4dab16b1e3c3c5eb411bdf19e7f21111cbbed9b53cacdd65357c04660
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade rb10 -> rb09
-- add a primary-key identity column and a unique column to a table with rows

ALTER TABLE tags DROP COLUMN slug;

ALTER TABLE tags DROP COLUMN id;

UPDATE migc_version SET version_num='rb09' WHERE migc_version.version_num = 'rb10';

-- Running downgrade rb09 -> rb08
-- several actions in one alter table: one rebuild

ALTER TABLE accounts ALTER COLUMN score DROP DEFAULT;

ALTER TABLE accounts ALTER COLUMN note TYPE TEXT;

ALTER TABLE accounts DROP COLUMN joined;

ALTER TABLE accounts ADD COLUMN legacy TEXT;

ALTER TABLE accounts RENAME COLUMN login TO email;

UPDATE migc_version SET version_num='rb08' WHERE migc_version.version_num = 'rb09';

-- Running downgrade rb08 -> rb07
-- drop columns that a foreign key, a unique key, a check, an index and an index predicate use

ALTER TABLE orders ADD COLUMN shipped BOOLEAN DEFAULT false NOT NULL;

CREATE INDEX ix_orders_open ON orders (id) WHERE shipped = false;

ALTER TABLE orders ADD COLUMN placed DATE;

CREATE INDEX ix_orders_placed ON orders (placed);

ALTER TABLE orders ADD COLUMN qty INTEGER;

ALTER TABLE orders ADD CONSTRAINT ck_orders_qty CHECK (qty > 0);

ALTER TABLE orders ADD COLUMN ref VARCHAR(20) CONSTRAINT uq_orders_ref UNIQUE;

ALTER TABLE orders ADD COLUMN account_id BIGINT CONSTRAINT fk_orders_account_id_accounts REFERENCES accounts (id);

UPDATE migc_version SET version_num='rb07' WHERE migc_version.version_num = 'rb08';

-- Running downgrade rb07 -> rb06
-- drop a constraint of each kind

ALTER TABLE tags ADD CONSTRAINT pk_tags PRIMARY KEY (name);

ALTER TABLE accounts ADD CONSTRAINT fk_accounts_plan FOREIGN KEY (plan_id) REFERENCES plans (id);

ALTER TABLE accounts ADD CONSTRAINT uq_accounts_code UNIQUE (code);

ALTER TABLE accounts ADD CONSTRAINT ck_accounts_score CHECK (score >= 0);

UPDATE migc_version SET version_num='rb06' WHERE migc_version.version_num = 'rb07';

-- Running downgrade rb06 -> rb05
-- add a constraint of each kind

ALTER TABLE tags DROP CONSTRAINT pk_tags;

ALTER TABLE accounts DROP CONSTRAINT fk_accounts_plan;

ALTER TABLE accounts DROP CONSTRAINT uq_accounts_code;

ALTER TABLE accounts DROP CONSTRAINT ck_accounts_score;

UPDATE migc_version SET version_num='rb05' WHERE migc_version.version_num = 'rb06';

-- Running downgrade rb05 -> rb04
-- defaults: drop one, set one

ALTER TABLE accounts ALTER COLUMN status DROP DEFAULT;

ALTER TABLE accounts ALTER COLUMN note SET DEFAULT 'n/a';

UPDATE migc_version SET version_num='rb04' WHERE migc_version.version_num = 'rb05';

-- Running downgrade rb04 -> rb03
-- then make it NOT NULL

ALTER TABLE accounts ALTER COLUMN status DROP NOT NULL;

UPDATE migc_version SET version_num='rb03' WHERE migc_version.version_num = 'rb04';

-- Running downgrade rb03 -> rb02
-- add a nullable column and backfill it

ALTER TABLE accounts DROP COLUMN status;

UPDATE migc_version SET version_num='rb02' WHERE migc_version.version_num = 'rb03';

-- Running downgrade rb02 -> rb01
-- type changes, one with using

ALTER TABLE accounts ALTER COLUMN nick TYPE VARCHAR(20);

ALTER TABLE accounts ALTER COLUMN code TYPE TEXT USING CAST(code AS TEXT);

UPDATE migc_version SET version_num='rb01' WHERE migc_version.version_num = 'rb02';

-- Running downgrade rb01 -> 
-- tables with rows, indexes, keys and checks

DROP TABLE tags;

DROP TABLE orders;

DROP TABLE events;

DROP TABLE accounts;

DROP TABLE plans;

DELETE FROM migc_version WHERE migc_version.version_num = 'rb01';

COMMIT;

