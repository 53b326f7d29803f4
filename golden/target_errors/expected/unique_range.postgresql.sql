-- migc 0.1.0 | postgresql 15 | upgrade ab1200000001 -> ab3400000002 | 1 revision
-- source: sha256:8f64c7c8039046547ca73517c3bb2e683b0dd02f816c7721abf029b172661d7c
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade ab1200000001 -> ab3400000002
-- two

CREATE TABLE two (
    id INTEGER NOT NULL,
    CONSTRAINT pk_two PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='ab3400000002' WHERE migc_version.version_num = 'ab1200000001';

COMMIT;

