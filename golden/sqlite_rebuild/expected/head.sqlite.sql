-- migc 0.1.0 | sqlite 3.40 | upgrade rb09 -> rb10 | 1 revision
-- source: sha256:ce0aac6d928bd0d3275c436c7a593ef0f84a26652f32755fa48409973ba00b23
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running upgrade rb09 -> rb10
-- add a primary-key identity column and a unique column to a table with rows

-- rebuild of table tags (SQLite cannot alter it in place: add primary-key column id; add unique column slug)

CREATE TABLE _migc_tmp_tags (
    name TEXT NOT NULL,
    weight INTEGER,
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    slug VARCHAR(20),
    CONSTRAINT uq_tags_slug UNIQUE (slug)
);

INSERT INTO _migc_tmp_tags (name, weight)
SELECT name, weight FROM tags;

DROP TABLE tags;

ALTER TABLE _migc_tmp_tags RENAME TO tags;

UPDATE migc_version SET version_num='rb10' WHERE migc_version.version_num = 'rb09';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

