SELECT * FROM children ORDER BY id;
SELECT * FROM items ORDER BY id;
SELECT * FROM migc_version;
SELECT conrelid::regclass, conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1::text, 2;
