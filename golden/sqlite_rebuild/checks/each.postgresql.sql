-- After every script: the rows (the same as SQLite's), then (rolled back)
-- what the keys and checks enforce.
SELECT * FROM plans ORDER BY id;
SELECT * FROM accounts ORDER BY id;
SELECT * FROM events ORDER BY id;
SELECT * FROM orders ORDER BY id;
SELECT * FROM tags ORDER BY name;
SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname;
SELECT conrelid::regclass, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1::text, 2;
BEGIN;
DELETE FROM accounts WHERE id = 2;
SELECT 'events left', count(*) FROM events;
ROLLBACK;
