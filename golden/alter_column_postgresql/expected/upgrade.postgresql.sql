-- migc 0.1.0 | postgresql 15 | upgrade base -> a5000000e002 | 2 revisions
-- source: sha256:b36d676252e390c0c238d8e2d137de3b65a4a2cd6137e0feab505a14d3da0614
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a5000000e001
-- invoices

CREATE TABLE customers (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    CONSTRAINT pk_customers PRIMARY KEY (id)
);

CREATE TABLE invoices (
    id INTEGER NOT NULL,
    number VARCHAR(20) NOT NULL,
    amount INTEGER,
    status VARCHAR(10) DEFAULT 'open',
    customer_id INTEGER,
    issued TEXT,
    CONSTRAINT pk_invoices PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('a5000000e001');

-- Running upgrade a5000000e001 -> a5000000e002
-- every alter column action and constraint add/drop

ALTER TABLE invoices ALTER COLUMN amount TYPE NUMERIC(12, 2);

ALTER TABLE invoices ALTER COLUMN issued TYPE DATE USING CAST(issued AS DATE);

ALTER TABLE invoices ALTER COLUMN number TYPE TEXT;

ALTER TABLE invoices ALTER COLUMN amount SET NOT NULL;

ALTER TABLE invoices ALTER COLUMN amount SET DEFAULT 0;

ALTER TABLE invoices ALTER COLUMN status DROP DEFAULT;

ALTER TABLE invoices ALTER COLUMN number DROP NOT NULL;

COMMENT ON COLUMN invoices.status IS 'open, paid or void';

ALTER TABLE invoices ADD CONSTRAINT uq_invoices_number UNIQUE (number);

ALTER TABLE invoices ADD CONSTRAINT fk_invoices_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT;

ALTER TABLE invoices ADD CONSTRAINT ck_invoices_amount CHECK (amount >= 0);

ALTER TABLE invoices ADD CONSTRAINT uq_invoices_customer_id UNIQUE (customer_id, number);

UPDATE migc_version SET version_num='a5000000e002' WHERE migc_version.version_num = 'a5000000e001';

COMMIT;

