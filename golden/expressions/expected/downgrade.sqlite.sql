-- migc 0.1.0 | sqlite 3.40 | downgrade b1000000d002 -> base | 2 revisions
-- source: sha256:36a6665adef849c139afddc2bf091160f0ee69b018e96406d4577d4d5672da52
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade b1000000d002 -> b1000000d001
-- expressions in update and delete

DELETE FROM products;

UPDATE migc_version SET version_num='b1000000d001' WHERE migc_version.version_num = 'b1000000d002';

-- Running downgrade b1000000d001 -> 
-- expressions in checks, defaults and indexes

DROP TABLE products;

DELETE FROM migc_version WHERE migc_version.version_num = 'b1000000d001';

COMMIT;

