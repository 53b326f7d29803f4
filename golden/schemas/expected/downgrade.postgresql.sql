-- migc 0.1.0 | postgresql 15 | downgrade ad000000a002 -> base | 2 revisions
-- source: sha256:f6c8436fc176064d98a1fbc15c6aefe6ea87667ecd25e72de2b142c362a4ba8d
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade ad000000a002 -> ad000000a001
-- an archive schema dropped with cascade

ALTER TABLE billing.bills RENAME TO invoices;

ALTER TABLE billing.invoices DROP COLUMN note;

DROP SCHEMA archive CASCADE;

UPDATE migc_version SET version_num='ad000000a001' WHERE migc_version.version_num = 'ad000000a002';

-- Running downgrade ad000000a001 -> 
-- a billing schema with qualified objects

DROP TABLE "Reporting"."Daily";

DROP INDEX billing.ix_lines_invoice;

DROP TABLE billing.lines;

DROP TABLE billing.invoices;

DROP TYPE billing.currency;

DROP SCHEMA IF EXISTS "Reporting";

DROP SCHEMA billing;

DELETE FROM migc_version WHERE migc_version.version_num = 'ad000000a001';

COMMIT;

