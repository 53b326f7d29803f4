-- migc 0.1.0 | sqlite 3.40 | downgrade d2000000ee02 -> base | 2 revisions
-- source: sha256:34b43fbb5f6da59f9b56bed6f7661e9a9beabde8ec55f03f048fa50727d27a01
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade d2000000ee02 -> d1000000ee01
-- second

DROP TABLE b;

UPDATE alembic_version SET version_num='d1000000ee01' WHERE alembic_version.version_num = 'd2000000ee02';

-- Running downgrade d1000000ee01 -> 
-- first

DROP TABLE a;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd1000000ee01';

COMMIT;

