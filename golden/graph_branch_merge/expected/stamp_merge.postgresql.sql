-- migc 0.1.0 | postgresql 15 | stamp c3, d4 -> f6 | 0 revisions
-- source: sha256:9fd5096a5e41c0646991389effb9f68d2575e9482f78a6524fe65f657b59f708
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision c3, d4 -> f6

DELETE FROM migc_version WHERE migc_version.version_num = 'c3';

UPDATE migc_version SET version_num='f6' WHERE migc_version.version_num = 'd4';

COMMIT;

