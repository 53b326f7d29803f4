-- migc 0.1.0 | postgresql 15 | downgrade rb08 -> rb07 | 1 revision
-- source: sha256:7ee9b5b2c59112bacab2f4f597a8163b22aaea7a3077aa7be0eebe041b565196
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

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

COMMIT;

