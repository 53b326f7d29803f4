-- After every script: the schema as SQLite stores it, the rows, the identity
-- sequence, the integrity and foreign-key checks, then (rolled back) what the
-- keys and checks enforce.
.headers on
SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY tbl_name, type DESC, name;
SELECT * FROM plans ORDER BY id;
SELECT * FROM accounts ORDER BY id;
SELECT * FROM events ORDER BY id;
SELECT * FROM orders ORDER BY id;
SELECT * FROM tags ORDER BY name;
SELECT * FROM sqlite_sequence ORDER BY name;
SELECT 'typeof(code)', typeof(code) FROM accounts ORDER BY id;
PRAGMA integrity_check;
PRAGMA foreign_key_check;
PRAGMA foreign_keys=ON;
BEGIN;
-- what the constraints of each revision refuse
UPDATE accounts SET plan_id = 99 WHERE id = 1;
UPDATE accounts SET score = -1 WHERE id = 1;
UPDATE accounts SET code = (SELECT code FROM accounts WHERE id = 2) WHERE id = 1;
UPDATE orders SET parent_id = 42 WHERE id = 2;
INSERT INTO tags (name, weight) VALUES ('red', 3);
-- an account's events go with it (events references the rebuilt accounts)
DELETE FROM accounts WHERE id = 2;
SELECT 'events left', count(*) FROM events;
ROLLBACK;
