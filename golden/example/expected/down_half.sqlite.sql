-- migc 0.1.0 | sqlite 3.40 | downgrade 2c3d4e5f6071 -> e5f6a7b8c9d0 | 4 revisions
-- source: sha256:2f06e2cdc1e0bf1938fec6beb84803b8fdcfa1862982da7294f2ceeb83bb968e
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade 2c3d4e5f6071 -> 1b2c3d4e5f60
-- normalise e-mail addresses

DROP INDEX ix_users_lower_email;

UPDATE migc_version SET version_num='1b2c3d4e5f60' WHERE migc_version.version_num = '2c3d4e5f6071';

-- Running downgrade 1b2c3d4e5f60 -> 0a1b2c3d4e5f
-- orders get notes and a shipped date

-- comment on table orders removed

DROP INDEX ix_orders_placed_at;

ALTER TABLE orders DROP COLUMN shipped_on;

ALTER TABLE orders DROP COLUMN note;

UPDATE migc_version SET version_num='0a1b2c3d4e5f' WHERE migc_version.version_num = '1b2c3d4e5f60';

-- Running downgrade 0a1b2c3d4e5f -> f6a7b8c9d0e1
-- rename orders.total to total_amount

ALTER TABLE orders RENAME COLUMN total_amount TO total;

UPDATE migc_version SET version_num='f6a7b8c9d0e1' WHERE migc_version.version_num = '0a1b2c3d4e5f';

-- Running downgrade f6a7b8c9d0e1 -> e5f6a7b8c9d0
-- users get a display name, backfilled from full_name

ALTER TABLE users DROP COLUMN display_name;

UPDATE migc_version SET version_num='e5f6a7b8c9d0' WHERE migc_version.version_num = 'f6a7b8c9d0e1';

COMMIT;

