-- migc 0.1.0 | sqlite 3.40 | downgrade b3000000f001 -> base | 1 revision
-- source: sha256:dfb574a6e0a2e1dba22487bd6e2ef3bb66fd4cfa0d8c2f71bcea180ba3c8bff6
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade b3000000f001 -> 
-- raw SQL for every dialect, per dialect, and with parameters

DROP VIEW v_settings;

DROP TABLE settings;

DELETE FROM migc_version WHERE migc_version.version_num = 'b3000000f001';

COMMIT;

