-- migc 0.1.0 | postgresql 15 | stamp m1a -> m3c | 0 revisions
-- source: sha256:5f73577b9a3667f800a0912f1935a79503b6c40a75ee8caacb507b1ff3310a4d
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision m1a -> m3c

UPDATE migc_version SET version_num='m3c' WHERE migc_version.version_num = 'm1a';

COMMIT;

