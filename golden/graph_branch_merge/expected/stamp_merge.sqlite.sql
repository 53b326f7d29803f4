-- migc 0.1.0 | sqlite 3.40 | stamp c3, d4 -> f6 | 0 revisions
-- source: sha256:68dfacad1d5e812c8ba33344c2c6350604cb35b854b6d2465b39bfc7d9b341d2
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running stamp_revision c3, d4 -> f6

DELETE FROM migc_version WHERE migc_version.version_num = 'c3';

UPDATE migc_version SET version_num='f6' WHERE migc_version.version_num = 'd4';

COMMIT;

