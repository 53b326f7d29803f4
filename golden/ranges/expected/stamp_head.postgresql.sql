-- migc 0.1.0 | postgresql 15 | stamp base -> c4d4000000dd | 0 revisions
-- source: sha256:28568661556fd5e081d5bc50744548043a321f7c03fcecdc7ff29b3c898fb5f6
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running stamp_revision  -> c4d4000000dd

INSERT INTO migc_version (version_num) VALUES ('c4d4000000dd');

COMMIT;

