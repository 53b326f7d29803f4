-- migc 0.1.0 | sqlite 3.40 | downgrade c1000000d001 -> base | 1 revision
-- source: sha256:2675232a7befd0eff2986063ac33a7afc123ea6ebbe1fea0488172422e22c894
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade c1000000d001 -> 
-- table-level constraints, named and unnamed

DROP TABLE moves;

DROP TABLE shelves;

DROP TABLE warehouses;

DELETE FROM migc_version WHERE migc_version.version_num = 'c1000000d001';

COMMIT;

