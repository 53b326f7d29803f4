-- migc 0.1.0 | postgresql 15 | stamp f6 -> e5 | 0 revisions
-- source: sha256:25302bde6047ac6b4a7f487fc8b253ce8cb43cfeba324a42ebb42929e9cee6e3
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision f6 -> e5

UPDATE migc_version SET version_num='e5' WHERE migc_version.version_num = 'f6';

COMMIT;

