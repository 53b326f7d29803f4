-- migc 0.1.0 | sqlite 3.40 | stamp base -> m4d | 0 revisions
-- source: sha256:cd27e1aba157e2c9351167eab3ef34d1128942b2f19870f94a36405b75841389
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

DELETE FROM migc_version;

-- Running stamp_revision  -> m4d

INSERT INTO migc_version (version_num) VALUES ('m4d');

COMMIT;

