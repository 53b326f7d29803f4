-- migc 0.1.0 | postgresql 15 | stamp base -> m4d, s3c | 0 revisions
-- source: sha256:dda4241a7bbe99fb670c86ccfbb407596e1155b3c5de185ad5e08778b3442a60
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running stamp_revision  -> m4d

INSERT INTO migc_version (version_num) VALUES ('m4d');

-- Running stamp_revision  -> s3c

INSERT INTO migc_version (version_num) VALUES ('s3c');

COMMIT;

