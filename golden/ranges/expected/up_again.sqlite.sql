-- migc 0.1.0 | sqlite 3.40 | upgrade c2b2000000bb -> c4d4000000dd | 2 revisions
-- source: sha256:410736b42e08fa1b21507fe0ec4801eb493c0b273408281ce0b0bbabae10baf0
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

-- Running upgrade c2b2000000bb -> c3c3000000cc
-- step 3

CREATE TABLE step3 (
    id INTEGER NOT NULL,
    CONSTRAINT pk_step3 PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='c3c3000000cc' WHERE migc_version.version_num = 'c2b2000000bb';

-- Running upgrade c3c3000000cc -> c4d4000000dd
-- step 4

CREATE TABLE step4 (
    id INTEGER NOT NULL,
    CONSTRAINT pk_step4 PRIMARY KEY (id)
);

UPDATE migc_version SET version_num='c4d4000000dd' WHERE migc_version.version_num = 'c3c3000000cc';

COMMIT;

