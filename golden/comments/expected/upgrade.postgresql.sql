-- migc 0.1.0 | postgresql 15 | upgrade base -> c7000000a001 | 1 revision
-- source: sha256:0af1055d28d1a6e21c6af8ec562c722480d5e0e3d82a1a6950d6169f6f6a3b75
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

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

COMMENT ON TABLE notes IS 'user notes';

COMMENT ON COLUMN notes.id IS 'surrogate key';

COMMENT ON COLUMN notes.body IS 'the note''s text';

COMMENT ON TABLE notes IS 'Notes: it''s where "quotes" live';

COMMENT ON COLUMN notes.body IS 'Markdown, may contain ''quotes'' and \backslashes\';

COMMENT ON COLUMN notes.id IS 'clé primaire — 主キー';

COMMENT ON TABLE notes IS 'a comment
over two lines; DROP TABLE notes;';

INSERT INTO migc_version (version_num) VALUES ('c7000000a001');

COMMIT;

