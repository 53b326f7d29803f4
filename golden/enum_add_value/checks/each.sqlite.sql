.headers on
SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY tbl_name, type DESC, name;
SELECT * FROM tasks ORDER BY id;
SELECT * FROM history ORDER BY id;
PRAGMA integrity_check;
PRAGMA foreign_key_check;
PRAGMA foreign_keys=ON;
BEGIN;
INSERT INTO tasks (id, status) VALUES (20, 'archived');
INSERT INTO tasks (id, status) VALUES (21, 'lost');
INSERT INTO history (id, task_id, status) VALUES (9, 99, 'new');
ROLLBACK;
