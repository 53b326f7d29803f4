-- migc 0.1.0 | postgresql 10 | upgrade b2000000e001 -> b2000000e002 | 1 revision
-- source: sha256:a2250ff0a1599e699e92d9ab420c483fb10d3be9d6ef2c660ffff26a7ff8ba4b
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade b2000000e001 -> b2000000e002
-- batched backfills, plain updates and deletes

-- PostgreSQL 10 cannot COMMIT inside a DO block: these batches run in the script's transaction and keep their locks until it ends

DO $migc$
#variable_conflict use_column
DECLARE
    _migc_last_1 BIGINT;
BEGIN
    LOOP
        WITH _migc_batch AS (
            SELECT id FROM users WHERE (email <> lower(email)) AND (_migc_last_1 IS NULL OR (id) > (_migc_last_1)) ORDER BY id LIMIT 1000
        ), _migc_update AS (
            UPDATE users SET email = lower(email), status = 'active' WHERE (id) IN (SELECT id FROM _migc_batch)
        )
        SELECT id INTO _migc_last_1 FROM _migc_batch ORDER BY id DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
    END LOOP;
END
$migc$;

-- PostgreSQL 10 cannot COMMIT inside a DO block: these batches run in the script's transaction and keep their locks until it ends

DO $migc$
#variable_conflict use_column
DECLARE
    _migc_last_1 BIGINT;
BEGIN
    LOOP
        WITH _migc_batch AS (
            SELECT id FROM users WHERE (_migc_last_1 IS NULL OR (id) > (_migc_last_1)) ORDER BY id LIMIT 2
        ), _migc_update AS (
            UPDATE users SET status = 'o''k' WHERE (id) IN (SELECT id FROM _migc_batch)
        )
        SELECT id INTO _migc_last_1 FROM _migc_batch ORDER BY id DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
    END LOOP;
END
$migc$;

-- PostgreSQL 10 cannot COMMIT inside a DO block: these batches run in the script's transaction and keep their locks until it ends

DO $migc$
#variable_conflict use_column
DECLARE
    _migc_last_1 BIGINT;
    _migc_last_2 INTEGER;
BEGIN
    LOOP
        WITH _migc_batch AS (
            SELECT "userId", "group" FROM "Memberships" WHERE ("Role" IS NULL) AND (_migc_last_1 IS NULL OR ("userId", "group") > (_migc_last_1, _migc_last_2)) ORDER BY "userId", "group" LIMIT 50
        ), _migc_update AS (
            UPDATE "Memberships" SET "Role" = 'member' WHERE ("userId", "group") IN (SELECT "userId", "group" FROM _migc_batch)
        )
        SELECT "userId", "group" INTO _migc_last_1, _migc_last_2 FROM _migc_batch ORDER BY "userId" DESC, "group" DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
    END LOOP;
END
$migc$;

-- PostgreSQL 10 cannot COMMIT inside a DO block: these batches run in the script's transaction and keep their locks until it ends

DO $migc_2$
#variable_conflict use_column
DECLARE
    _migc_last_1 BIGINT;
    _migc_last_2 INTEGER;
BEGIN
    LOOP
        WITH _migc_batch AS (
            SELECT "userId", "group" FROM "Memberships" WHERE ("Role" = 'admin') AND (_migc_last_1 IS NULL OR ("userId", "group") > (_migc_last_1, _migc_last_2)) ORDER BY "userId", "group" LIMIT 10
        ), _migc_update AS (
            UPDATE "Memberships" SET "Role" = 'a $migc$ b $migc_1$ -- c' WHERE ("userId", "group") IN (SELECT "userId", "group" FROM _migc_batch)
        )
        SELECT "userId", "group" INTO _migc_last_1, _migc_last_2 FROM _migc_batch ORDER BY "userId" DESC, "group" DESC LIMIT 1;
        EXIT WHEN NOT FOUND;
    END LOOP;
END
$migc_2$;

UPDATE users SET status = 'checked' WHERE id > 0;

UPDATE users SET status = status;

UPDATE users SET status = 'x -- y' WHERE status = 'none';

DELETE FROM users WHERE email LIKE '%''%';

DELETE FROM "Memberships" WHERE "group" = 2;

UPDATE migc_version SET version_num='b2000000e002' WHERE migc_version.version_num = 'b2000000e001';

COMMIT;

