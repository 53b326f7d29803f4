-- migc 0.1.0 | sqlite 3.40 | downgrade f6 -> e5 | 1 revision
-- source: sha256:763c89dcc1051579afdc013488825c9a5505e73481f87c33a788430d0c9ee6a8
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade f6 -> e5
-- create t_f6

DROP TABLE t_f6;

UPDATE migc_version SET version_num='e5' WHERE migc_version.version_num = 'f6';

COMMIT;

