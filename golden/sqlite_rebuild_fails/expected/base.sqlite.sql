-- migc 0.1.0 | sqlite 3.40 | upgrade base -> rf01 | 1 revision
-- source: sha256:8d70a55a37dd546ac8eaa63e8572a3a43ef8efc49959573c7269391b268995aa
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> rf01
-- rows that the later revisions' constraints refuse

CREATE TABLE parents (
    id INTEGER NOT NULL,
    CONSTRAINT pk_parents PRIMARY KEY (id)
);

CREATE TABLE children (
    id INTEGER NOT NULL,
    parent_id INTEGER,
    CONSTRAINT pk_children PRIMARY KEY (id)
);

CREATE TABLE items (
    id INTEGER NOT NULL,
    price INTEGER,
    CONSTRAINT pk_items PRIMARY KEY (id)
);

INSERT INTO parents (id) VALUES (1);

INSERT INTO children (id, parent_id) VALUES
    (1, 1),
    (2, 99);

INSERT INTO items (id, price) VALUES
    (1, 10),
    (2, NULL);

INSERT INTO migc_version (version_num) VALUES ('rf01');

COMMIT;

