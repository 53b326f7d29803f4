-- migc 0.1.0 | postgresql 15 | upgrade base -> b1000000d002 | 2 revisions
-- source: sha256:46751390605ce55c1ee464b0724f7d28defe3eac6f249341d5a68995ed2d766f
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> b1000000d001
-- expressions in checks, defaults and indexes

CREATE TABLE products (
    id INTEGER NOT NULL,
    name VARCHAR(100) NOT NULL,
    code VARCHAR(20),
    price NUMERIC(10, 2) NOT NULL,
    discount NUMERIC(10, 2),
    stock INTEGER DEFAULT (10 * 2 + 1),
    kind VARCHAR(10),
    legacy VARCHAR(10),
    created DATE DEFAULT CURRENT_DATE,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    note TEXT,
    total INTEGER DEFAULT ((2 - 3) * 4 / 2),
    serial INTEGER DEFAULT ((7 + 1)),
    tag TEXT DEFAULT (('pg' || '!')),
    CONSTRAINT pk_products PRIMARY KEY (id),
    CONSTRAINT ck_products_name CHECK (length(name) BETWEEN 1 AND 100),
    CONSTRAINT ck_products_code CHECK (code LIKE 'P-%' AND code NOT LIKE '%!%'),
    CONSTRAINT ck_products_price CHECK (price >= 0 AND NOT (price > 1000000)),
    CONSTRAINT ck_products_discount CHECK (discount IS NULL OR (discount < price AND discount <> 0)),
    CONSTRAINT ck_products_stock CHECK (stock NOT BETWEEN -5 AND -1),
    CONSTRAINT ck_products_kind CHECK (kind IN ('a', 'b', 'c')),
    CONSTRAINT ck_products_legacy CHECK (legacy NOT IN ('x', 'y')),
    CONSTRAINT ck_products_note CHECK (note IS NOT NULL OR kind = 'a'),
    CONSTRAINT ck_products_sum CHECK (stock + 1 > 0 OR stock - 1 <= 0 OR stock * 2 >= stock / 2)
);

CREATE INDEX ix_products_name ON products ((lower(name)), (upper(code)));

CREATE INDEX ix_products_expr ON products ((coalesce(discount, 0)), (nullif(kind, '')), (abs(stock)), (round(price)));

INSERT INTO migc_version (version_num) VALUES ('b1000000d001');

-- Running upgrade b1000000d001 -> b1000000d002
-- expressions in update and delete

INSERT INTO products (id, name, code, price, kind, note) VALUES
    (1, ' Tea ', 'P-1', 4.5, 'a', NULL),
    (2, 'Mug', NULL, 12, 'b', 'n');

UPDATE products SET name = replace(substr(name, 2, 3), 'e', 'E') || '!', code = coalesce(code, 'P-' || CAST(id AS TEXT)), price = round(price * 1.1, 2), discount = nullif(abs(-1.5), 0), note = CAST(length(name) AS VARCHAR(10)) WHERE id IN (1, 2) AND NOT (kind = 'c') AND price BETWEEN 0 AND 100;

UPDATE products SET total = -stock WHERE false;

UPDATE products SET legacy = 'r' || 'aw' WHERE name ~* '^ ?tea';

DELETE FROM products WHERE name IS NULL OR kind NOT IN ('a', 'b') OR code NOT BETWEEN 'A' AND 'B';

UPDATE migc_version SET version_num='b1000000d002' WHERE migc_version.version_num = 'b1000000d001';

COMMIT;

