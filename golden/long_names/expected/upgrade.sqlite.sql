-- migc 0.1.0 | sqlite 3.40 | upgrade base -> e2000000bb01 | 1 revision
-- source: sha256:deab9ade6efda458e442e7d45f4e91bdad222bc7d77b4757ce93d141fe1355d5
-- run with: sqlite3 -bail app.db < script.sql

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
    CONSTRAINT uq_customer_subscription_renewal_reminders_subscription_identifier_for_billing_provider UNIQUE (subscription_identifier_for_billing_provider),
    CONSTRAINT uq_customer_subscription_renewal_reminders_subscription_identifier_for_billing_provider_backup UNIQUE (subscription_identifier_for_billing_provider_backup),
    CONSTRAINT ck_customer_subscription_renewal_reminders_renewal_reminder_days_before_expiry CHECK (renewal_reminder_days_before_expiry > 0)
);

INSERT INTO migc_version (version_num) VALUES ('e2000000bb01');

COMMIT;

