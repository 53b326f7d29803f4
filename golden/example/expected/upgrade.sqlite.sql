-- migc 0.1.0 | sqlite 3.40 | upgrade base -> 2c3d4e5f6071 | 9 revisions
-- source: sha256:8eeb211e3ef64f7e0169a309d26a903456962fa058318e7ab269d2fdd2d22190
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a1b2c3d4e5f6
-- create users

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(255) NOT NULL,
    full_name VARCHAR(100) NOT NULL,
    is_active BOOLEAN DEFAULT 1 NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT uq_users_email UNIQUE (email)
);

-- comment on table users: people who can sign in

INSERT INTO migc_version (version_num) VALUES ('a1b2c3d4e5f6');

-- Running upgrade a1b2c3d4e5f6 -> b7e4f1a2c3d5
-- create products

CREATE TABLE products (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    sku VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    description TEXT,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT ck_products_price CHECK (price >= 0)
);

CREATE UNIQUE INDEX ix_products_sku ON products (sku);

UPDATE migc_version SET version_num='b7e4f1a2c3d5' WHERE migc_version.version_num = 'a1b2c3d4e5f6';

-- Running upgrade b7e4f1a2c3d5 -> c3d9e8f70a1b
-- create orders with a status enum

-- enum order_status ('pending', 'paid', 'shipped', 'cancelled'): columns of this type are VARCHAR with a CHECK on SQLite

CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id BIGINT NOT NULL,
    status VARCHAR(9) DEFAULT 'pending' NOT NULL,
    total NUMERIC(12, 2) DEFAULT 0 NOT NULL,
    placed_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT fk_orders_user_id_users FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_orders_status_enum CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled'))
);

CREATE INDEX ix_orders_user_id ON orders (user_id);

UPDATE migc_version SET version_num='c3d9e8f70a1b' WHERE migc_version.version_num = 'b7e4f1a2c3d5';

-- Running upgrade c3d9e8f70a1b -> d4a5b6c7d8e9
-- order lines

CREATE TABLE order_items (
    order_id BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    quantity INTEGER DEFAULT 1 NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL,
    CONSTRAINT ck_order_items_quantity CHECK (quantity > 0),
    CONSTRAINT pk_order_items PRIMARY KEY (order_id, product_id),
    CONSTRAINT fk_order_items_order_id_orders FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_items_product_id_products FOREIGN KEY (product_id) REFERENCES products (id)
);

CREATE INDEX ix_order_items_product_id ON order_items (product_id);

UPDATE migc_version SET version_num='d4a5b6c7d8e9' WHERE migc_version.version_num = 'c3d9e8f70a1b';

-- Running upgrade d4a5b6c7d8e9 -> e5f6a7b8c9d0
-- seed the catalogue

INSERT INTO products (sku, name, price, description) VALUES
    ('TEA-001', 'Earl Grey', 4.50, 'Black tea with bergamot'),
    ('TEA-002', 'Sencha', 6.20, 'Green tea from Shizuoka'),
    ('MUG-001', 'Stoneware mug', 12.00, NULL);

UPDATE migc_version SET version_num='e5f6a7b8c9d0' WHERE migc_version.version_num = 'd4a5b6c7d8e9';

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

