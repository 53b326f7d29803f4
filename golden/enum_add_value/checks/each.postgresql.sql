SELECT * FROM tasks ORDER BY id;
SELECT * FROM history ORDER BY id;
SELECT enum_range(NULL::status);
