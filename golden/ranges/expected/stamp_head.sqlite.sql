-- migc 0.1.0 | sqlite 3.40 | stamp base -> c4d4000000dd | 0 revisions
-- source: sha256:fb18cd8a85c95b40df74ca24799b9ffa07d48e50285f4377e0f88c44de4cf779
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running stamp_revision  -> c4d4000000dd

INSERT INTO migc_version (version_num) VALUES ('c4d4000000dd');

COMMIT;

