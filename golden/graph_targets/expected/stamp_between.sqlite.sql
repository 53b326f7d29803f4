-- migc 0.1.0 | sqlite 3.40 | stamp m1a -> m3c | 0 revisions
-- source: sha256:56b3371aa552460b5911a8a18dc3964b0828991ac863866f8ba91dbdd142bb7e
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running stamp_revision m1a -> m3c

UPDATE migc_version SET version_num='m3c' WHERE migc_version.version_num = 'm1a';

COMMIT;

