-- migc 0.1.0 | sqlite 3.40 | downgrade e3000000cc03 -> base | 3 revisions
-- source: sha256:a546f38fb2d327d0e94f8c2dc0f4f374b641b8a5f31317786ab12bea78f19989
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

-- Running downgrade e3000000cc03 -> e3000000cc02
-- a dropped table comes back with its constraints and indexes

-- enum mood ('happy', 'sad'): columns of this type are VARCHAR with a CHECK on SQLite

ALTER TABLE users ADD COLUMN feel VARCHAR(5) DEFAULT 'happy' CONSTRAINT ck_users_feel_enum CHECK (feel IN ('happy', 'sad'));

CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id BIGINT NOT NULL,
    content TEXT,
    CONSTRAINT fk_posts_user_id_users FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE audit (
    id INTEGER NOT NULL,
    at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_audit PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='e3000000cc02' WHERE migc_version.version_num = 'e3000000cc03';

-- Running downgrade e3000000cc02 -> e3000000cc01
-- drop, rename and add: all derivable

DROP TABLE audit;

-- comment on table users: people

-- rebuild of table articles (SQLite cannot alter it in place: add NOT NULL column title without a default; add unique constraint uq_posts_user_title)

CREATE TABLE _migc_tmp_articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    content TEXT,
    CONSTRAINT fk_posts_user_id_users FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT uq_posts_user_title UNIQUE (user_id, title)
);

INSERT INTO _migc_tmp_articles (id, user_id, content)
SELECT id, user_id, content FROM articles;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_articles';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_articles', seq FROM sqlite_sequence WHERE name = 'articles';

DROP TABLE articles;

ALTER TABLE _migc_tmp_articles RENAME TO articles;

CREATE INDEX ix_posts_title ON articles (title DESC) WHERE title <> '';

ALTER TABLE articles RENAME TO posts;

ALTER TABLE posts RENAME COLUMN content TO body;

ALTER TABLE users DROP COLUMN rank;

ALTER TABLE users DROP COLUMN bio;

UPDATE migc_version SET version_num='e3000000cc01' WHERE migc_version.version_num = 'e3000000cc02';

-- Running downgrade e3000000cc01 -> 
-- users, posts and a mood

DROP INDEX ix_users_lower_email;

DROP INDEX ix_posts_title;

DROP TABLE posts;

DROP TABLE users;

-- enum mood dropped (nothing to do on SQLite)

DELETE FROM migc_version WHERE migc_version.version_num = 'e3000000cc01';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

