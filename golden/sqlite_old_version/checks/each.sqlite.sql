.headers on
SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY tbl_name, type DESC, name;
SELECT * FROM customers ORDER BY id;
PRAGMA integrity_check;
