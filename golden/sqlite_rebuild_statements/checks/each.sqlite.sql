.headers on
SELECT sql FROM sqlite_master WHERE name = 'items';
SELECT id, price, typeof(price), label FROM items ORDER BY id;
PRAGMA integrity_check;
