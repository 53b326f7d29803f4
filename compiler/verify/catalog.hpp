// A database schema as verification compares it (SPEC 5, `verify`): one
// entry per fact, keyed by what it describes ("column users.email" ->
// "VARCHAR(255) NOT NULL"), built from an engine's catalog or from the
// schema model, and normalized the same way on both sides so that two
// catalogs compare as two sorted maps. It never touches a database itself.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace migc::verify {

// Keys: "table T", "column T.C", "primary key T", "constraint T.NAME",
// "index T.NAME"; T is the table as `ident` spells it. A value is the fact
// in a canonical SQL-like form (see catalog.cpp).
struct Catalog {
    std::map<std::string, std::string> entries;
};

struct Difference {
    std::string object;                   // the key
    std::optional<std::string> expected;  // nullopt: the model has no such object
    std::optional<std::string> actual;    // nullopt: the database has no such object
};

// Every difference, in key order. An object whose table is missing or left
// behind as a whole is reported once, as the table.
std::vector<Difference> diff(const Catalog& expected, const Catalog& actual);
// One line: "column users.nickname is left behind (VARCHAR(30))",
// "column users.email: expected VARCHAR(255) NOT NULL, found VARCHAR(255)".
std::string describe(const Difference& d);
// The table a key's object belongs to ("users" for "column users.email").
std::string table_of(const Difference& d);

// --- normalization, the same on both sides ----------------------------------

// A name as catalogs compare it: ASCII letters lower-cased (both engines
// fold unquoted names, SQLite every name), double-quoted unless it is a plain
// identifier.
std::string ident(std::string_view name);

// One token of SQL text: quoted names unquoted (`ident`), words lower-cased,
// strings and numbers as written, comments and white space dropped.
struct Token {
    enum class Kind { Word, Name, String, Number, Punct };
    Kind kind = Kind::Word;
    std::string text;  // Word: lower case; Name: ident(); String: with its quotes
};
std::vector<Token> tokenize(std::string_view sql);
// Tokens joined canonically: one space between tokens, none inside parentheses
// or before a comma ("lower (email) in ('a', 'b')").
std::string join(const std::vector<Token>& tokens, std::size_t begin = 0, std::size_t end = std::string::npos);
// SQL text in canonical form: join(tokenize(sql)).
std::string normalize_sql(std::string_view sql);
// A declared type: upper case, no white space ("NUMERIC(10,2)").
std::string normalize_type(std::string_view type);

}  // namespace migc::verify
