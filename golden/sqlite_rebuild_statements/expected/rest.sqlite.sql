-- migc 0.1.0 | sqlite 3.40 | upgrade b6000000f001 -> b6000000f002 | 1 revision
-- source: sha256:56a4d6a92d7ba259c23ec0a1daff3715cf0c449c062066ad195e96c8f04cbabe
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running upgrade b6000000f001 -> b6000000f002
-- alter column actions SQLite's ALTER TABLE lacks

-- rebuild of table items (SQLite cannot alter it in place: change the type of column price)

CREATE TABLE _migc_tmp_items (
    id INTEGER NOT NULL,
    price NUMERIC(10, 2),
    label VARCHAR(20) DEFAULT 'x',
    CONSTRAINT pk_items PRIMARY KEY (id)
);

INSERT INTO _migc_tmp_items (id, price, label)
SELECT id, price, label FROM items;

DROP TABLE items;

ALTER TABLE _migc_tmp_items RENAME TO items;

-- rebuild of table items (SQLite cannot alter it in place: make column price NOT NULL)

CREATE TABLE _migc_tmp_items (
    id INTEGER NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    label VARCHAR(20) DEFAULT 'x',
    CONSTRAINT pk_items PRIMARY KEY (id)
);

INSERT INTO _migc_tmp_items (id, price, label)
SELECT id, price, label FROM items;

DROP TABLE items;

ALTER TABLE _migc_tmp_items RENAME TO items;

-- rebuild of table items (SQLite cannot alter it in place: drop the default of column label)

CREATE TABLE _migc_tmp_items (
    id INTEGER NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    label VARCHAR(20),
    CONSTRAINT pk_items PRIMARY KEY (id)
);

INSERT INTO _migc_tmp_items (id, price, label)
SELECT id, price, label FROM items;

DROP TABLE items;

ALTER TABLE _migc_tmp_items RENAME TO items;

-- rebuild of table items (SQLite cannot alter it in place: add check constraint ck_items_price)

CREATE TABLE _migc_tmp_items (
    id INTEGER NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    label VARCHAR(20),
    CONSTRAINT pk_items PRIMARY KEY (id),
    CONSTRAINT ck_items_price CHECK (price > 0)
);

INSERT INTO _migc_tmp_items (id, price, label)
SELECT id, price, label FROM items;

DROP TABLE items;

ALTER TABLE _migc_tmp_items RENAME TO items;

-- rebuild of table items (SQLite cannot alter it in place: drop check constraint ck_items_price)

CREATE TABLE _migc_tmp_items (
    id INTEGER NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    label VARCHAR(20),
    CONSTRAINT pk_items PRIMARY KEY (id)
);

INSERT INTO _migc_tmp_items (id, price, label)
SELECT id, price, label FROM items;

DROP TABLE items;

ALTER TABLE _migc_tmp_items RENAME TO items;

UPDATE migc_version SET version_num='b6000000f002' WHERE migc_version.version_num = 'b6000000f001';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

