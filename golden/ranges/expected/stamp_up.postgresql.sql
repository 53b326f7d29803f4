-- migc 0.1.0 | postgresql 15 | stamp c3c3000000cc -> c4d4000000dd | 0 revisions
-- source: sha256:f04c15dd3d0b5b7e95c6c08a80350cbdc247679f2b7e5a98a1940bfafb8f9a01
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision c3c3000000cc -> c4d4000000dd

UPDATE migc_version SET version_num='c4d4000000dd' WHERE migc_version.version_num = 'c3c3000000cc';

COMMIT;

