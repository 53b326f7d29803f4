-- migc 0.1.0 | sqlite 3.40 | upgrade base -> b2000000c002 | 2 revisions
-- source: sha256:a4df6f8b9172aed79c2473e37eaad3a6bb14ae00d5a124bfda3aa3f6ef522ee4
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a1000000c001
-- parents and every column option

CREATE TABLE teams (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name VARCHAR(80) NOT NULL,
    slug VARCHAR(40),
    CONSTRAINT uq_teams_name UNIQUE (name)
);

-- comment on table teams: teams of people

CREATE TABLE IF NOT EXISTS members (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    team_id BIGINT NOT NULL,
    mentor_id BIGINT,
    backup_id BIGINT,
    email VARCHAR(255) NOT NULL,
    score INTEGER DEFAULT 0 NOT NULL,
    nickname VARCHAR(30) DEFAULT 'newbie',
    active BOOLEAN DEFAULT 1 NOT NULL,
    CONSTRAINT fk_members_team_id_teams FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE ON UPDATE RESTRICT,
    CONSTRAINT fk_members_mentor_id_members FOREIGN KEY (mentor_id) REFERENCES members (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_members_backup_id_teams FOREIGN KEY (backup_id) REFERENCES teams (id) ON DELETE NO ACTION ON UPDATE CASCADE DEFERRABLE,
    CONSTRAINT uq_members_email UNIQUE (email),
    CONSTRAINT ck_members_score CHECK (score >= 0)
);

-- comment on table members: who belongs to which team

-- comment on column members.email: login e-mail

-- comment on column members.nickname: shown in the UI

INSERT INTO migc_version (version_num) VALUES ('a1000000c001');

-- Running upgrade a1000000c001 -> b2000000c002
-- a text primary key and a set default action

CREATE TABLE countries (
    code VARCHAR(2) NOT NULL,
    name TEXT NOT NULL,
    CONSTRAINT pk_countries PRIMARY KEY (code)
);

CREATE TABLE cities (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    country VARCHAR(2) DEFAULT 'ZZ' NOT NULL,
    CONSTRAINT fk_cities_country_countries FOREIGN KEY (country) REFERENCES countries (code) ON DELETE SET DEFAULT
);

UPDATE migc_version SET version_num='b2000000c002' WHERE migc_version.version_num = 'a1000000c001';

COMMIT;

