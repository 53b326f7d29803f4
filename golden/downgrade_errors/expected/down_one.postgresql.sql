-- migc 0.1.0 | postgresql 15 | downgrade e8000000dd04 -> e7000000dd03 | 1 revision
-- source: sha256:db0404b92b91ecc4e90c6ab69a2b8f9704f4d909043ab31bd875f10c75c13005
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade e8000000dd04 -> e7000000dd03
-- an empty upgrade: its downgrade is derived (nothing)

UPDATE migc_version SET version_num='e7000000dd03' WHERE migc_version.version_num = 'e8000000dd04';

COMMIT;

