-- migc 0.1.0 | sqlite 3.40 | upgrade base -> c1000000d001 | 1 revision
-- source: sha256:4657e110e98a39d0c00a0c75314d039ce8c698b3b7dcefc7f12669aec4fd8bc1
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> c1000000d001
-- table-level constraints, named and unnamed

CREATE TABLE warehouses (
    region VARCHAR(10) NOT NULL,
    code INTEGER NOT NULL,
    label TEXT,
    CONSTRAINT pk_warehouses PRIMARY KEY (region, code),
    CONSTRAINT uq_warehouses_label UNIQUE (label),
    CONSTRAINT ck_warehouses_code_positive CHECK (code > 0)
);

CREATE TABLE shelves (
    id INTEGER NOT NULL,
    wh_region VARCHAR(10) NOT NULL,
    wh_code INTEGER NOT NULL,
    position INTEGER NOT NULL,
    capacity INTEGER,
    CONSTRAINT shelves_pkey PRIMARY KEY (id),
    CONSTRAINT shelves_slot_key UNIQUE (wh_region, wh_code, position),
    CONSTRAINT fk_shelves_wh_region_warehouses FOREIGN KEY (wh_region, wh_code) REFERENCES warehouses (region, code) ON DELETE CASCADE,
    CONSTRAINT shelves_capacity_range CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 500)
);

CREATE TABLE moves (
    id INTEGER NOT NULL,
    shelf_id INTEGER NOT NULL,
    other_id INTEGER,
    CONSTRAINT pk_moves PRIMARY KEY (id),
    CONSTRAINT moves_shelf_fk FOREIGN KEY (shelf_id) REFERENCES shelves (id) ON DELETE RESTRICT ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT uq_moves_shelf_id UNIQUE (shelf_id, other_id)
);

INSERT INTO migc_version (version_num) VALUES ('c1000000d001');

COMMIT;

