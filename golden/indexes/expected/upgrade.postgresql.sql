-- migc 0.1.0 | postgresql 15 | upgrade base -> d8000000b002 | 2 revisions
-- source: sha256:782b1faba6c7aef7f3121fbd4b3be394091194598d438b1a49de35a458436ee4
-- run with: psql -v ON_ERROR_STOP=1 -f script.sql

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> d8000000b001
-- people

CREATE TABLE people (
    id INTEGER NOT NULL,
    email VARCHAR(200) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    first_name VARCHAR(100),
    born DATE,
    deleted BOOLEAN DEFAULT false NOT NULL,
    CONSTRAINT pk_people PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('d8000000b001');

-- Running upgrade d8000000b001 -> d8000000b002
-- every form of create index

CREATE INDEX ix_people_last_name ON people (last_name);

CREATE UNIQUE INDEX ux_people_email ON people ((lower(email)));

CREATE INDEX IF NOT EXISTS ix_people_name ON people (last_name ASC, first_name DESC);

CREATE INDEX ix_people_born ON people (born DESC) WHERE deleted = false AND born IS NOT NULL;

CREATE UNIQUE INDEX IF NOT EXISTS ux_people_live_email ON people (email) WHERE NOT deleted;

CREATE INDEX ix_people_initials ON people ((substr(first_name, 1, 1) || substr(last_name, 1, 1)), born);

UPDATE migc_version SET version_num='d8000000b002' WHERE migc_version.version_num = 'd8000000b001';

COMMIT;

