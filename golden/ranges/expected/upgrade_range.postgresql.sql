-- migc 0.1.0 | postgresql 15 | upgrade c2b2000000bb -> c3c3000000cc | 1 revision
-- source: sha256:409da794dc5513292850fd6ed704b32d2f48ee4d72570910e4ba5079560717c7
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade c2b2000000bb -> c3c3000000cc
-- step 3

CREATE TABLE step3 (
    id INTEGER NOT NULL,
    CONSTRAINT pk_step3 PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='c3c3000000cc' WHERE migc_version.version_num = 'c2b2000000bb';

COMMIT;

