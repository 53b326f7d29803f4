-- migc 0.1.0 | sqlite 3.40 | stamp base -> m4d, s3c | 0 revisions
-- source: sha256:adafbf3aa5b04165cc4e00903930450a2fb1c951d8b98bcd8a15611e04a9a187
-- run with: sqlite3 -bail app.db < script.sql

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

