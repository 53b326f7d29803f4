-- migc 0.1.0 | postgresql 15 | upgrade rf01 -> rf02 | 1 revision
-- source: sha256:b33c8445eaeca4579c7db6c1eb458844ba1f3f57287bd0e011b5898f44627979
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running upgrade rf01 -> rf02
-- a foreign key that child 2 breaks

ALTER TABLE children ADD CONSTRAINT fk_children_parent FOREIGN KEY (parent_id) REFERENCES parents (id);

UPDATE migc_version SET version_num='rf02' WHERE migc_version.version_num = 'rf01';

COMMIT;

