-- migc 0.1.0 | sqlite 3.40 | downgrade fa000000d002 -> base | 2 revisions
-- source: sha256:e19521d302d21bdd3213ebba66303339f467d2c08cc2e0e4ad61b5097fbfe27c
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade fa000000d002 -> fa000000d001
-- enums with a quote and non-ASCII letters in labels

DROP TABLE forecast;

-- enum city dropped (nothing to do on SQLite)

-- enum "Weather" dropped (nothing to do on SQLite)

UPDATE migc_version SET version_num='fa000000d001' WHERE migc_version.version_num = 'fa000000d002';

-- Running downgrade fa000000d001 -> 
-- an enum type and a column of it

DROP TABLE diary;

-- enum mood dropped (nothing to do on SQLite)

DELETE FROM migc_version WHERE migc_version.version_num = 'fa000000d001';

COMMIT;

