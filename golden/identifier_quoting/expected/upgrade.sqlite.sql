-- migc 0.1.0 | sqlite 3.40 | upgrade base -> af000000c002 | 2 revisions
-- source: sha256:bab16f6c2c9250f2cf78fdde706ed3a9b0ac1189bde000c0593fb3c2027fd910
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> af000000c001
-- reserved words, mixed case and odd characters as names

CREATE TABLE user (
    id INTEGER NOT NULL,
    "select" TEXT,
    "group" VARCHAR(20) DEFAULT 'all' NOT NULL,
    "order" INTEGER,
    "CamelCase" BOOLEAN DEFAULT 1,
    "with space" TEXT,
    "dash-and.dot" INTEGER,
    "Ünïcode" TEXT,
    "say ""hi""" TEXT,
    "limit" INTEGER,
    "offset" INTEGER,
    "abort" INTEGER,
    "glob" TEXT,
    "window" INTEGER,
    analyse TEXT,
    verbose TEXT,
    CONSTRAINT pk_user PRIMARY KEY (id),
    CONSTRAINT ck_user_order CHECK ("order" >= 0)
);

CREATE TABLE "Order" (
    id INTEGER NOT NULL,
    user_id INTEGER,
    group_ref INTEGER,
    CONSTRAINT "pk_Order" PRIMARY KEY (id),
    CONSTRAINT "fk_Order_user_id_user" FOREIGN KEY (user_id) REFERENCES user (id),
    CONSTRAINT "uq_Order_group_ref" UNIQUE (group_ref)
);

CREATE INDEX "IX Mixed" ON user ("group", "order" DESC);

INSERT INTO user (id, "select", "group", "order", "CamelCase", "with space", "say ""hi""") VALUES (1, 'select', 'group', 1, 0, 'x', 'y');

UPDATE user SET "select" = upper("select"), "limit" = 10 WHERE "group" = 'group' AND "CamelCase" = 0;

-- comment on column user."with space": quoted in the comment too

INSERT INTO migc_version (version_num) VALUES ('af000000c001');

-- Running upgrade af000000c001 -> af000000c002
-- renames to and from names that need quotes

ALTER TABLE user RENAME COLUMN "with space" TO "table";

ALTER TABLE user ADD COLUMN "Primary" INTEGER;

ALTER TABLE "Order" RENAME TO "from";

UPDATE migc_version SET version_num='af000000c002' WHERE migc_version.version_num = 'af000000c001';

COMMIT;

