-- migc 0.1.0 | sqlite 3.40 | upgrade base -> c7000000a001 | 1 revision
-- source: sha256:5fa1591dd829f1bbb38aa85ef10780c74410e0f6c2590f6666921a73643a7706
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> c7000000a001
-- comments on tables and columns

CREATE TABLE notes (
    id INTEGER NOT NULL,
    body TEXT NOT NULL,
    CONSTRAINT pk_notes PRIMARY KEY (id)
);

-- comment on table notes: user notes

-- comment on column notes.id: surrogate key

-- comment on column notes.body: the note's text

-- comment on table notes: Notes: it's where "quotes" live

-- comment on column notes.body: Markdown, may contain 'quotes' and \backslashes\

-- comment on column notes.id: clé primaire — 主キー

-- comment on table notes: a comment
-- over two lines; DROP TABLE notes;

INSERT INTO migc_version (version_num) VALUES ('c7000000a001');

COMMIT;

