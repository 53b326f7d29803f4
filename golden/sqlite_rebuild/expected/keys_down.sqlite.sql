-- migc 0.1.0 | sqlite 3.40 | downgrade rb10 -> rb09 | 1 revision
-- source: sha256:852153b2f12b23ed3502841d425b3ac2458a5b213e33227c6f986fe960f2eb4c
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running downgrade rb10 -> rb09
-- add a primary-key identity column and a unique column to a table with rows

-- rebuild of table tags (SQLite cannot alter it in place: drop column slug, which unique constraint uq_tags_slug uses; drop column id, which primary key constraint pk_tags uses)

CREATE TABLE _migc_tmp_tags (
    name TEXT NOT NULL,
    weight INTEGER
);

INSERT INTO _migc_tmp_tags (name, weight)
SELECT name, weight FROM tags;

DROP TABLE tags;

ALTER TABLE _migc_tmp_tags RENAME TO tags;

UPDATE migc_version SET version_num='rb09' WHERE migc_version.version_num = 'rb10';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

