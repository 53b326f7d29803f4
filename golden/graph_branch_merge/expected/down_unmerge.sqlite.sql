-- migc 0.1.0 | sqlite 3.40 | downgrade e5 -> d4, c3 | 1 revision
-- source: sha256:d1df2ed970c16f282fc61b68e8205452b5e54dc17e4fd017b74f640557ff7ea0
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running downgrade e5 -> c3, d4
-- merge the branches

INSERT INTO migc_version (version_num) VALUES ('c3');

UPDATE migc_version SET version_num='d4' WHERE migc_version.version_num = 'e5';

COMMIT;

