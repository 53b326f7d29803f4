-- migc 0.1.0 | postgresql 15 | upgrade e5f6a7b8c9d0 -> 2c3d4e5f6071 | 4 revisions
-- source: sha256:355c0d380b578e500683c4f6257e1cbf12f526de8542470fa0d67efea3d6f966
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade e5f6a7b8c9d0 -> f6a7b8c9d0e1
-- users get a display name, backfilled from full_name

ALTER TABLE users ADD COLUMN display_name VARCHAR(100);

COMMIT;

DO $migc$
#variable_conflict use_column
DECLARE
    _migc_last_1 BIGINT;
BEGIN
    LOOP
        WITH _migc_batch AS (
            SELECT id FROM users WHERE (display_name IS NULL) AND (_migc_last_1 IS NULL OR (id) > (_migc_last_1)) ORDER BY id LIMIT 500
        ), _migc_update AS (
            UPDATE users SET display_name = full_name WHERE (id) IN (SELECT id FROM _migc_batch)
        )
        SELECT id INTO _migc_last_1 FROM _migc_batch ORDER BY id DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
        COMMIT;
    END LOOP;
END
$migc$;

BEGIN;

UPDATE migc_version SET version_num='f6a7b8c9d0e1' WHERE migc_version.version_num = 'e5f6a7b8c9d0';

-- Running upgrade f6a7b8c9d0e1 -> 0a1b2c3d4e5f
-- rename orders.total to total_amount

ALTER TABLE orders RENAME COLUMN total TO total_amount;

UPDATE migc_version SET version_num='0a1b2c3d4e5f' WHERE migc_version.version_num = 'f6a7b8c9d0e1';

-- Running upgrade 0a1b2c3d4e5f -> 1b2c3d4e5f60
-- orders get notes and a shipped date

ALTER TABLE orders ADD COLUMN note TEXT;

COMMENT ON COLUMN orders.note IS 'free text from the customer';

ALTER TABLE orders ADD COLUMN shipped_on DATE;

CREATE INDEX ix_orders_placed_at ON orders (placed_at DESC) WHERE status <> 'cancelled';

COMMENT ON TABLE orders IS 'one row per checkout';

UPDATE migc_version SET version_num='1b2c3d4e5f60' WHERE migc_version.version_num = '0a1b2c3d4e5f';

-- Running upgrade 1b2c3d4e5f60 -> 2c3d4e5f6071
-- normalise e-mail addresses

UPDATE users SET email = lower(email) WHERE email <> lower(email);

CREATE INDEX ix_users_lower_email ON users ((lower(email)));

UPDATE migc_version SET version_num='2c3d4e5f6071' WHERE migc_version.version_num = '1b2c3d4e5f60';

COMMIT;

