-- migc 0.1.0 | sqlite 3.40 | upgrade base -> cf01 | 1 revision
-- source: sha256:c38ce50421a4576a2985f859483285d4ff9d4bcbec9869c3dfc17f254a5ad99f
-- run with: sqlite3 -bail app.db < script.sql

BEGIN;

CREATE TABLE tenant_acme.migc_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT migc_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> cf01
-- a table

CREATE TABLE t (
    id INTEGER NOT NULL,
    CONSTRAINT pk_t PRIMARY KEY (id)
);

INSERT INTO tenant_acme.migc_version (version_num) VALUES ('cf01');

COMMIT;

