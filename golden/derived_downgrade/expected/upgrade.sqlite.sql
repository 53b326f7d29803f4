-- migc 0.1.0 | sqlite 3.40 | upgrade base -> e3000000cc03 | 3 revisions
-- source: sha256:ee3e1dbfa2bff6f8cd082dd680f4908fa906b9e33d624fa424085627f110d444
-- run with: sqlite3 -bail app.db < script.sql

-- this transaction rebuilds tables: foreign keys are off until it ends (the pragma does nothing inside a transaction), and checked before its COMMIT

PRAGMA foreign_keys=OFF;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> e3000000cc01
-- users, posts and a mood

-- enum mood ('happy', 'sad'): columns of this type are VARCHAR with a CHECK on SQLite

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(80) NOT NULL,
    feel VARCHAR(5) DEFAULT 'happy',
    score INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT ck_users_score CHECK (score >= 0),
    CONSTRAINT ck_users_feel_enum CHECK (feel IN ('happy', 'sad'))
);

-- comment on table users: people

CREATE TABLE posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    body TEXT,
    CONSTRAINT fk_posts_user_id_users FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT uq_posts_user_title UNIQUE (user_id, title)
);

CREATE INDEX ix_posts_title ON posts (title DESC) WHERE title <> '';

CREATE INDEX ix_users_lower_email ON users ((lower(email)));

INSERT INTO migc_version (version_num) VALUES ('e3000000cc01');

-- Running upgrade e3000000cc01 -> e3000000cc02
-- drop, rename and add: all derivable

ALTER TABLE users ADD COLUMN bio TEXT;

-- comment on column users.bio: about me

ALTER TABLE users ADD COLUMN rank INTEGER DEFAULT 1 NOT NULL;

ALTER TABLE posts RENAME COLUMN body TO content;

ALTER TABLE posts RENAME TO articles;

DROP INDEX ix_posts_title;

-- rebuild of table articles (SQLite cannot alter it in place: drop column title, which unique constraint uq_posts_user_title uses)

CREATE TABLE _migc_tmp_articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id BIGINT NOT NULL,
    content TEXT,
    CONSTRAINT fk_posts_user_id_users FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

INSERT INTO _migc_tmp_articles (id, user_id, content)
SELECT id, user_id, content FROM articles;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_articles';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_articles', seq FROM sqlite_sequence WHERE name = 'articles';

DROP TABLE articles;

ALTER TABLE _migc_tmp_articles RENAME TO articles;

-- comment on table users: everyone

CREATE TABLE audit (
    id INTEGER NOT NULL,
    at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_audit PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='e3000000cc02' WHERE migc_version.version_num = 'e3000000cc01';

-- Running upgrade e3000000cc02 -> e3000000cc03
-- a dropped table comes back with its constraints and indexes

DROP TABLE audit;

DROP TABLE articles;

-- rebuild of table users (SQLite cannot alter it in place: drop enum column feel, which its CHECK names)

CREATE TABLE _migc_tmp_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email VARCHAR(80) NOT NULL,
    score INTEGER DEFAULT 0 NOT NULL,
    bio TEXT,
    rank INTEGER DEFAULT 1 NOT NULL,
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT ck_users_score CHECK (score >= 0)
);

INSERT INTO _migc_tmp_users (id, email, score, bio, rank)
SELECT id, email, score, bio, rank FROM users;

DELETE FROM sqlite_sequence WHERE name = '_migc_tmp_users';

INSERT INTO sqlite_sequence (name, seq) SELECT '_migc_tmp_users', seq FROM sqlite_sequence WHERE name = 'users';

DROP TABLE users;

ALTER TABLE _migc_tmp_users RENAME TO users;

CREATE INDEX ix_users_lower_email ON users ((lower(email)));

-- enum mood dropped (nothing to do on SQLite)

UPDATE migc_version SET version_num='e3000000cc03' WHERE migc_version.version_num = 'e3000000cc02';

-- a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is kept

CREATE TEMP TABLE _migc_foreign_key_check (
    violations INTEGER CONSTRAINT "rows break a foreign key: see PRAGMA foreign_key_check" CHECK (violations = 0)
);

INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE _migc_foreign_key_check;

COMMIT;

PRAGMA foreign_keys=ON;

