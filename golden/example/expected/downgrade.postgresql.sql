-- migc 0.1.0 | postgresql 15 | downgrade 2c3d4e5f6071 -> base | 9 revisions
-- source: sha256:22dfe1faff7eb0c3003a9788487f59ce8901371a66ed95bb3a348dfc30e5a00e
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade 2c3d4e5f6071 -> 1b2c3d4e5f60
-- normalise e-mail addresses

DROP INDEX ix_users_lower_email;

UPDATE migc_version SET version_num='1b2c3d4e5f60' WHERE migc_version.version_num = '2c3d4e5f6071';

-- Running downgrade 1b2c3d4e5f60 -> 0a1b2c3d4e5f
-- orders get notes and a shipped date

COMMENT ON TABLE orders IS NULL;

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

-- Running downgrade e5f6a7b8c9d0 -> d4a5b6c7d8e9
-- seed the catalogue

DELETE FROM products WHERE sku IN ('TEA-001', 'TEA-002', 'MUG-001');

UPDATE migc_version SET version_num='d4a5b6c7d8e9' WHERE migc_version.version_num = 'e5f6a7b8c9d0';

-- Running downgrade d4a5b6c7d8e9 -> c3d9e8f70a1b
-- order lines

DROP INDEX ix_order_items_product_id;

DROP TABLE order_items;

UPDATE migc_version SET version_num='c3d9e8f70a1b' WHERE migc_version.version_num = 'd4a5b6c7d8e9';

-- Running downgrade c3d9e8f70a1b -> b7e4f1a2c3d5
-- create orders with a status enum

DROP INDEX ix_orders_user_id;

DROP TABLE orders;

DROP TYPE order_status;

UPDATE migc_version SET version_num='b7e4f1a2c3d5' WHERE migc_version.version_num = 'c3d9e8f70a1b';

-- Running downgrade b7e4f1a2c3d5 -> a1b2c3d4e5f6
-- create products

DROP INDEX ix_products_sku;

DROP TABLE products;

UPDATE migc_version SET version_num='a1b2c3d4e5f6' WHERE migc_version.version_num = 'b7e4f1a2c3d5';

-- Running downgrade a1b2c3d4e5f6 -> 
-- create users

DROP TABLE users;

DELETE FROM migc_version WHERE migc_version.version_num = 'a1b2c3d4e5f6';

COMMIT;

