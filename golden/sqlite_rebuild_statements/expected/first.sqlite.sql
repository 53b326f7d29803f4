-- migc 0.1.0 | sqlite 3.40 | upgrade base -> b6000000f001 | 1 revision
-- source: sha256:1ef7a0c6b26b3b4dd107fe36cf2887d145a560c43c512cfccd3aa3533b49ad70
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> b6000000f001
-- items

CREATE TABLE items (
    id INTEGER NOT NULL,
    price INTEGER,
    label VARCHAR(20) DEFAULT 'x',
    CONSTRAINT pk_items PRIMARY KEY (id)
);

INSERT INTO items (id, price) VALUES
    (1, 5),
    (2, 7);

INSERT INTO migc_version (version_num) VALUES ('b6000000f001');

COMMIT;

