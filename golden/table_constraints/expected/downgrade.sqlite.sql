-- migc 0.1.0 | sqlite 3.40 | downgrade c1000000d001 -> base | 1 revision
-- source: sha256:683695281032cd9f8d47c9f94a71c91b832e323870b38c99ba8c9c2d8ec6e490
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade c1000000d001 -> 
-- table-level constraints, named and unnamed

DROP TABLE moves;

DROP TABLE shelves;

DROP TABLE warehouses;

DELETE FROM migc_version WHERE migc_version.version_num = 'c1000000d001';

COMMIT;

