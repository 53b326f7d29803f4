-- migc 0.1.0 | sqlite 3.40 | stamp c4d4000000dd -> base | 0 revisions
-- source: sha256:d7973317900aba6a300a0304cddbc287ad205064678fcc4a5e8652a1a7e3f9f4
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running stamp_revision c4d4000000dd -> 

DELETE FROM migc_version WHERE migc_version.version_num = 'c4d4000000dd';

COMMIT;

