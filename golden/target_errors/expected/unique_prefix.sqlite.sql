-- migc 0.1.0 | sqlite 3.40 | upgrade base -> ab1200000001 | 1 revision
-- source: sha256:37da0cb7c114ae7fee2be36cfeded5e3405b6a2cbe71e7373dce9f5c2fd5738c
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> ab1200000001
-- one

CREATE TABLE one (
    id INTEGER NOT NULL,
    CONSTRAINT pk_one PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('ab1200000001');

COMMIT;

