-- migc 0.1.0 | sqlite 3.40 | upgrade base -> rb01 | 1 revision
-- source: sha256:83ef366abf31238a6aedd471c74508be5612b23f208b69a412636f7a0d3cf79e
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> rb01
-- tables with rows, indexes, keys and checks

CREATE TABLE plans (
    id INTEGER NOT NULL,
    name VARCHAR(20) NOT NULL,
    CONSTRAINT pk_plans PRIMARY KEY (id),
    CONSTRAINT uq_plans_name UNIQUE (name)
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(100) NOT NULL,
    code TEXT,
    plan_id INTEGER,
    score INTEGER,
    note TEXT DEFAULT 'n/a',
    nick VARCHAR(20),
    legacy TEXT
);

CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);

CREATE INDEX ix_accounts_score ON accounts (score) WHERE score > 0;

CREATE INDEX ix_accounts_nick ON accounts ((lower(nick)));

CREATE TABLE events (
    id INTEGER NOT NULL,
    account_id BIGINT,
    kind VARCHAR(10) NOT NULL,
    CONSTRAINT pk_events PRIMARY KEY (id),
    CONSTRAINT fk_events_account_id_accounts FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE TABLE orders (
    id INTEGER NOT NULL,
    account_id BIGINT,
    parent_id INTEGER,
    ref VARCHAR(20),
    qty INTEGER,
    placed DATE,
    shipped BOOLEAN DEFAULT 0 NOT NULL,
    memo TEXT,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT fk_orders_account_id_accounts FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_orders_parent_id_orders FOREIGN KEY (parent_id) REFERENCES orders (id),
    CONSTRAINT uq_orders_ref UNIQUE (ref),
    CONSTRAINT ck_orders_qty CHECK (qty > 0)
);

CREATE INDEX ix_orders_placed ON orders (placed);

CREATE INDEX ix_orders_open ON orders (id) WHERE shipped = 0;

CREATE TABLE tags (
    name TEXT NOT NULL,
    weight INTEGER
);

INSERT INTO plans (id, name) VALUES
    (1, 'free'),
    (2, 'pro');

INSERT INTO accounts (email, code, plan_id, score, nick, legacy) VALUES
    ('a@example.com', '10', 1, 5, 'Ann', 'x'),
    ('b@example.com', '20', 2, NULL, 'Bob', NULL),
    ('c@example.com', '30', 1, 7, NULL, 'y');

DELETE FROM accounts WHERE email = 'c@example.com';

INSERT INTO events (id, account_id, kind) VALUES
    (1, 1, 'login'),
    (2, 2, 'login'),
    (3, 1, 'logout');

INSERT INTO orders (id, account_id, parent_id, ref, qty, placed, shipped, memo) VALUES
    (1, 1, NULL, 'A-1', 2, '2025-01-02', 1, 'first'),
    (2, 1, 1, 'A-2', 1, '2025-01-03', 0, NULL),
    (3, 1, NULL, NULL, NULL, NULL, 0, 'open');

INSERT INTO tags (name, weight) VALUES
    ('red', 1),
    ('blue', 2);

INSERT INTO migc_version (version_num) VALUES ('rb01');

COMMIT;

