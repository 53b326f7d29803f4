-- migc 0.1.0 | sqlite 3.40 | upgrade base -> b6000000f001 | 1 revision
-- source: sha256:444fa339fece662abcd80c19b3422c3a2853658ddb5348cbb4db5126613924c3
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

INSERT INTO migc_version (version_num) VALUES ('b6000000f001');

COMMIT;

