-- migc 0.1.0 | postgresql 15 | stamp c4d4000000dd -> c3c3000000cc | 0 revisions
-- source: sha256:7458129751cb302c92613ec42ebf5c4933578aa83064094188b30585c1c286df
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running stamp_revision c4d4000000dd -> c3c3000000cc

UPDATE migc_version SET version_num='c3c3000000cc' WHERE migc_version.version_num = 'c4d4000000dd';

COMMIT;

