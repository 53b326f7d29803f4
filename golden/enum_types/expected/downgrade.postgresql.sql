-- migc 0.1.0 | postgresql 15 | downgrade fa000000d002 -> base | 2 revisions
-- source: sha256:2bd9dfa373e62082b152aca4690aaf1a02b759143777824827b7873ec86426c3
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade fa000000d002 -> fa000000d001
-- enums with a quote and non-ASCII letters in labels

DROP TABLE forecast;

DROP TYPE city;

DROP TYPE "Weather";

UPDATE migc_version SET version_num='fa000000d001' WHERE migc_version.version_num = 'fa000000d002';

-- Running downgrade fa000000d001 -> 
-- an enum type and a column of it

DROP TABLE diary;

DROP TYPE mood;

DELETE FROM migc_version WHERE migc_version.version_num = 'fa000000d001';

COMMIT;

