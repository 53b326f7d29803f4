-- migc 0.1.0 | postgresql 15 | upgrade base -> e2000000bb01 | 1 revision
-- source: sha256:ed0313efb3bb95cfa98d4e198131c6f26948ab9f52570d5cfa73134dcde90467
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> e2000000bb01
-- generated names past the identifier limit

CREATE TABLE customer_subscription_renewal_reminders (
    id BIGINT NOT NULL,
    subscription_identifier_for_billing_provider TEXT,
    subscription_identifier_for_billing_provider_backup TEXT,
    renewal_reminder_days_before_expiry INTEGER,
    CONSTRAINT pk_customer_subscription_renewal_reminders PRIMARY KEY (id),
    CONSTRAINT uq_customer_subscription_renewal_reminders_subscription_f281 UNIQUE (subscription_identifier_for_billing_provider),
    CONSTRAINT uq_customer_subscription_renewal_reminders_subscription_f48a UNIQUE (subscription_identifier_for_billing_provider_backup),
    CONSTRAINT ck_customer_subscription_renewal_reminders_renewal_remi_84d3 CHECK (renewal_reminder_days_before_expiry > 0)
);

INSERT INTO migc_version (version_num) VALUES ('e2000000bb01');

COMMIT;

