-- migc 0.1.0 | postgresql 15 | downgrade 2c3d4e5f6071 -> e5f6a7b8c9d0 | 4 revisions
-- source: sha256:ad0a98839d03aa006dce8afcec3b8851541cc7a145ef37df068f954a2eff93e2
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

-- Running downgrade 2c3d4e5f6071 -> 1b2c3d4e5f60
-- normalise e-mail addresses

DROP INDEX ix_users_lower_email;

UPDATE migc_version SET version_num='1b2c3d4e5f60' WHERE migc_version.version_num = '2c3d4e5f6071';

-- Running downgrade 1b2c3d4e5f60 -> 0a1b2c3d4e5f
-- orders get notes and a shipped date

COMMENT ON TABLE orders IS NULL;

DROP INDEX ix_orders_placed_at;

ALTER TABLE orders DROP COLUMN shipped_on;

ALTER TABLE orders DROP COLUMN note;

UPDATE migc_version SET version_num='0a1b2c3d4e5f' WHERE migc_version.version_num = '1b2c3d4e5f60';

-- Running downgrade 0a1b2c3d4e5f -> f6a7b8c9d0e1
-- rename orders.total to total_amount

ALTER TABLE orders RENAME COLUMN total_amount TO total;

UPDATE migc_version SET version_num='f6a7b8c9d0e1' WHERE migc_version.version_num = '0a1b2c3d4e5f';

-- Running downgrade f6a7b8c9d0e1 -> e5f6a7b8c9d0
-- users get a display name, backfilled from full_name

ALTER TABLE users DROP COLUMN display_name;

UPDATE migc_version SET version_num='e5f6a7b8c9d0' WHERE migc_version.version_num = 'f6a7b8c9d0e1';

COMMIT;

