-- migc 0.1.0 | postgresql 15 | downgrade a5000000e002 -> base | 2 revisions
-- source: sha256:d2a0cd0bec9c2f705143e0935a2df29f0ef8c1eda51e872834d1a23deb06425c
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade a5000000e002 -> a5000000e001
-- every alter column action and constraint add/drop

ALTER TABLE invoices DROP CONSTRAINT uq_invoices_customer_id;

ALTER TABLE invoices DROP CONSTRAINT ck_invoices_amount;

ALTER TABLE invoices DROP CONSTRAINT fk_invoices_customer;

ALTER TABLE invoices DROP CONSTRAINT uq_invoices_number;

COMMENT ON COLUMN invoices.status IS '';

ALTER TABLE invoices ALTER COLUMN status SET DEFAULT 'open';

ALTER TABLE invoices ALTER COLUMN number SET NOT NULL;

ALTER TABLE invoices ALTER COLUMN amount DROP DEFAULT;

ALTER TABLE invoices ALTER COLUMN amount DROP NOT NULL;

ALTER TABLE invoices ALTER COLUMN amount TYPE INTEGER USING round(amount);

ALTER TABLE invoices ALTER COLUMN issued TYPE TEXT;

ALTER TABLE invoices ALTER COLUMN number TYPE VARCHAR(20);

UPDATE migc_version SET version_num='a5000000e001' WHERE migc_version.version_num = 'a5000000e002';

-- Running downgrade a5000000e001 -> 
-- invoices

DROP TABLE invoices;

DROP TABLE customers;

DELETE FROM migc_version WHERE migc_version.version_num = 'a5000000e001';

COMMIT;

