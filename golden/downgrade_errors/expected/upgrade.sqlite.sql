-- migc 0.1.0 | sqlite 3.40 | upgrade base -> e8000000dd04 | 4 revisions
-- source: sha256:862976ba05e97d5638c03eaf48e76d19b85a96d15f97bae491f57cb01ce32894
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> e5000000dd01
-- a table

CREATE TABLE t (
    id INTEGER NOT NULL,
    v TEXT,
    CONSTRAINT pk_t PRIMARY KEY (id)
);

INSERT INTO migc_version (version_num) VALUES ('e5000000dd01');

-- Running upgrade e5000000dd01 -> e6000000dd02
-- lossy cleanup

DELETE FROM t WHERE v IS NULL;

UPDATE migc_version SET version_num='e6000000dd02' WHERE migc_version.version_num = 'e5000000dd01';

-- Running upgrade e6000000dd02 -> e7000000dd03
-- no downgrade block

INSERT INTO t (id, v) VALUES (1, 'x');

UPDATE migc_version SET version_num='e7000000dd03' WHERE migc_version.version_num = 'e6000000dd02';

-- Running upgrade e7000000dd03 -> e8000000dd04
-- an empty upgrade: its downgrade is derived (nothing)

UPDATE migc_version SET version_num='e8000000dd04' WHERE migc_version.version_num = 'e7000000dd03';

COMMIT;

