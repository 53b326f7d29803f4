-- migc 0.1.0 | postgresql 15 | downgrade ae000000b002 -> base | 2 revisions
-- source: sha256:9fc9c5ab2fe7a747bad8d9b95b8f40e4dfe52a6654d00e64b1d22ac710225682
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade ae000000b002 -> ae000000b001
-- literals in data

DELETE FROM samples WHERE id IN (1, 2, 3);

UPDATE migc_version SET version_num='ae000000b001' WHERE migc_version.version_num = 'ae000000b002';

-- Running downgrade ae000000b001 -> 
-- literals in defaults

DROP TABLE samples;

DELETE FROM migc_version WHERE migc_version.version_num = 'ae000000b001';

COMMIT;

