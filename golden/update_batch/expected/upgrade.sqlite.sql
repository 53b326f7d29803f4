-- migc 0.1.0 | sqlite 3.40 | upgrade base -> b2000000e002 | 2 revisions
-- source: sha256:6d2aadc23b7dd95eda1372d0e86a3b02a191dca8f56705cd04d684117e6ed25f
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> b2000000e001
-- users and a composite-key table

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(200) NOT NULL,
    status VARCHAR(10) DEFAULT 'new' NOT NULL
);

CREATE TABLE "Memberships" (
    "userId" BIGINT NOT NULL,
    "group" INTEGER NOT NULL,
    "Role" TEXT,
    CONSTRAINT "pk_Memberships" PRIMARY KEY ("userId", "group")
);

INSERT INTO users (email) VALUES
    ('A@Example.com'),
    ('b@example.com'),
    ('it''s@example.com');

INSERT INTO "Memberships" ("userId", "group", "Role") VALUES
    (1, 1, NULL),
    (2, 1, 'admin');

INSERT INTO migc_version (version_num) VALUES ('b2000000e001');

-- Running upgrade b2000000e001 -> b2000000e002
-- batched backfills, plain updates and deletes

UPDATE users SET email = lower(email), status = 'active' WHERE email <> lower(email);

UPDATE users SET status = 'o''k';

UPDATE "Memberships" SET "Role" = 'member' WHERE "Role" IS NULL;

UPDATE "Memberships" SET "Role" = 'a $migc$ b $migc_1$ -- c' WHERE "Role" = 'admin';

UPDATE users SET status = 'checked' WHERE id > 0;

UPDATE users SET status = status;

UPDATE users SET status = 'x -- y' WHERE status = 'none';

DELETE FROM users WHERE email LIKE '%''%';

DELETE FROM "Memberships" WHERE "group" = 2;

UPDATE migc_version SET version_num='b2000000e002' WHERE migc_version.version_num = 'b2000000e001';

COMMIT;

