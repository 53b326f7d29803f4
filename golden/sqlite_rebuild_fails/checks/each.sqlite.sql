.headers on
SELECT type, name, sql FROM sqlite_master ORDER BY name;
SELECT * FROM children ORDER BY id;
SELECT * FROM items ORDER BY id;
SELECT * FROM migc_version;
