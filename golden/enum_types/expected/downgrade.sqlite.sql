-- migc 0.1.0 | sqlite 3.40 | downgrade fa000000d002 -> base | 2 revisions
-- source: sha256:fbdc068d462ef2efd602bbbad5280d341adf854d8feb9da8f552a6bf2b9997fd
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

