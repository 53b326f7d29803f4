-- migc 0.1.0 | postgresql 15 | upgrade c3c3000000cc -> c4d4000000dd | 1 revision
-- source: sha256:0d8ae0f0b5968539cc2d83dc3f7c2189d6c8b34a6469d9a3d8f395487ba7aeac
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade c3c3000000cc -> c4d4000000dd
-- step 4

CREATE TABLE step4 (
    id INTEGER NOT NULL,
    CONSTRAINT pk_step4 PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='c4d4000000dd' WHERE migc_version.version_num = 'c3c3000000cc';

COMMIT;

