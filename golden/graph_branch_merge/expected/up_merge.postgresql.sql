-- migc 0.1.0 | postgresql 15 | upgrade c3, d4 -> e5 | 1 revision
-- source: sha256:3c78832d181b03eed3c75895462ba9ec22d0940bc074b16ed3777dc156423e24
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade c3, d4 -> e5
-- merge the branches

DELETE FROM migc_version WHERE migc_version.version_num = 'c3';

UPDATE migc_version SET version_num='e5' WHERE migc_version.version_num = 'd4';

COMMIT;

