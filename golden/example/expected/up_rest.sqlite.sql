-- migc 0.1.0 | sqlite 3.40 | upgrade e5f6a7b8c9d0 -> 2c3d4e5f6071 | 4 revisions
-- source: sha256:11b5feba37186aaf03675b2d54fe66008bac2abe6f4365fd1e8dfaa611308c87
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade e5f6a7b8c9d0 -> f6a7b8c9d0e1
-- users get a display name, backfilled from full_name

ALTER TABLE users ADD COLUMN display_name VARCHAR(100);

UPDATE users SET display_name = full_name WHERE display_name IS NULL;

UPDATE migc_version SET version_num='f6a7b8c9d0e1' WHERE migc_version.version_num = 'e5f6a7b8c9d0';

-- Running upgrade f6a7b8c9d0e1 -> 0a1b2c3d4e5f
-- rename orders.total to total_amount

ALTER TABLE orders RENAME COLUMN total TO total_amount;

UPDATE migc_version SET version_num='0a1b2c3d4e5f' WHERE migc_version.version_num = 'f6a7b8c9d0e1';

-- Running upgrade 0a1b2c3d4e5f -> 1b2c3d4e5f60
-- orders get notes and a shipped date

ALTER TABLE orders ADD COLUMN note TEXT;

-- comment on column orders.note: free text from the customer

ALTER TABLE orders ADD COLUMN shipped_on DATE;

CREATE INDEX ix_orders_placed_at ON orders (placed_at DESC) WHERE status <> 'cancelled';

-- comment on table orders: one row per checkout

UPDATE migc_version SET version_num='1b2c3d4e5f60' WHERE migc_version.version_num = '0a1b2c3d4e5f';

-- Running upgrade 1b2c3d4e5f60 -> 2c3d4e5f6071
-- normalise e-mail addresses

UPDATE users SET email = lower(email) WHERE email <> lower(email);

CREATE INDEX ix_users_lower_email ON users ((lower(email)));

UPDATE migc_version SET version_num='2c3d4e5f6071' WHERE migc_version.version_num = '1b2c3d4e5f60';

COMMIT;

