#include "compiler/verify/sqlite_catalog.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "compiler/sema/naming.hpp"

namespace migc::verify {
namespace {

using Tokens = std::vector<Token>;

// --- the model's side ------------------------------------------------------------

// SPEC 2.2, the SQLite column.
std::string sqlite_type(const ir::Column& c) {
    using K = ir::Type::Kind;
    const ir::Type& t = c.type;
    if (c.identity) return "INTEGER";
    switch (t.kind) {
        case K::SmallInt:
            return "SMALLINT";
        case K::Integer:
            return "INTEGER";
        case K::BigInt:
            return "BIGINT";
        case K::String:
            return t.length ? fmt::format("VARCHAR({})", *t.length) : "VARCHAR";
        case K::Text:
            return "TEXT";
        case K::Boolean:
            return "BOOLEAN";
        case K::Numeric:
            if (t.precision && t.scale) return fmt::format("NUMERIC({},{})", *t.precision, *t.scale);
            if (t.precision) return fmt::format("NUMERIC({})", *t.precision);
            return "NUMERIC";
        case K::Real:
            return "REAL";
        case K::Double:
            return "FLOAT";
        case K::Date:
            return "DATE";
        case K::Time:
            return "TIME";
        case K::Timestamp:
        case K::TimestampTz:
            return "DATETIME";
        case K::Uuid:
            return "CHAR(32)";
        case K::Json:
        case K::Jsonb:
            return "JSON";
        case K::Bytes:
            return "BLOB";
        case K::Enum: {
            // n = the longest label, in characters (SPEC 2.4).
            std::size_t n = 1;
            for (const auto& l : t.enum_labels())
                n = std::max<std::size_t>(
                    n, std::count_if(l.begin(), l.end(), [](char ch) { return (ch & 0xC0) != 0x80; }));
            return fmt::format("VARCHAR({})", n);
        }
        case K::Raw:
            return t.raw_sqlite().value_or("");
    }
    return "";
}

std::string action_text(ir::RefAction a) {
    switch (a) {
        case ir::RefAction::NoAction:
            return "";
        case ir::RefAction::Restrict:
            return "RESTRICT";
        case ir::RefAction::Cascade:
            return "CASCADE";
        case ir::RefAction::SetNull:
            return "SET NULL";
        case ir::RefAction::SetDefault:
            return "SET DEFAULT";
    }
    return "";
}

std::string name_list(const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const auto& n : names) out.push_back(ident(n));
    return fmt::format("({})", fmt::join(out, ", "));
}

std::string foreign_key_value(const std::vector<std::string>& columns, const std::string& ref_table,
                              const std::vector<std::string>& ref_columns, const std::string& on_delete,
                              const std::string& on_update, bool deferrable, bool initially_deferred) {
    std::string out =
        fmt::format("FOREIGN KEY {} REFERENCES {} {}", name_list(columns), ref_table, name_list(ref_columns));
    if (!on_delete.empty()) out += " ON DELETE " + on_delete;
    if (!on_update.empty()) out += " ON UPDATE " + on_update;
    if (deferrable) out += initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    return out;
}

std::string column_value(const std::string& type, bool not_null, const std::optional<std::string>& def, bool identity) {
    std::string out = normalize_type(type);
    if (not_null) out += " NOT NULL";
    if (def) out += " DEFAULT " + *def;
    if (identity) out += " IDENTITY";
    return out;
}

std::string index_value(bool unique, const std::string& table, const std::vector<std::string>& elements,
                        const std::optional<std::string>& where) {
    std::string out = fmt::format("{}ON {} ({})", unique ? "UNIQUE " : "", table, fmt::join(elements, ", "));
    if (where) out += " WHERE " + *where;
    return out;
}

std::string table_name(const ir::ObjectName& n) {
    return n.schema.empty() || n.schema == "main" ? ident(n.name) : ident(n.schema) + "." + ident(n.name);
}

// --- the engine's side: CREATE TABLE / CREATE INDEX text -----------------------------

bool is_word(const Tokens& t, std::size_t i, std::string_view w) {
    return i < t.size() && t[i].kind == Token::Kind::Word && t[i].text == w;
}

// The index just after the parenthesis group that opens at `i`.
std::size_t skip_group(const Tokens& t, std::size_t i) {
    int depth = 0;
    for (; i < t.size(); ++i) {
        if (t[i].kind != Token::Kind::Punct) continue;
        if (t[i].text == "(") ++depth;
        if (t[i].text == ")" && --depth == 0) return i + 1;
    }
    return i;
}

// [begin, end) split at top-level commas.
std::vector<std::pair<std::size_t, std::size_t>> split_top(const Tokens& t, std::size_t begin, std::size_t end) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    int depth = 0;
    std::size_t start = begin;
    for (std::size_t i = begin; i < end; ++i) {
        if (t[i].kind != Token::Kind::Punct) continue;
        if (t[i].text == "(")
            ++depth;
        else if (t[i].text == ")")
            --depth;
        else if (t[i].text == "," && depth == 0) {
            out.push_back({start, i});
            start = i + 1;
        }
    }
    if (start < end) out.push_back({start, end});
    return out;
}

// The names of a `( a, b )` group starting at `i`.
std::vector<std::string> names_in(const Tokens& t, std::size_t i) {
    std::vector<std::string> out;
    std::size_t end = skip_group(t, i);
    for (auto [b, e] : split_top(t, i + 1, end - 1)) out.push_back(join(t, b, e));
    return out;
}

std::string plain_list(const std::vector<std::string>& names) {
    return fmt::format("({})", fmt::join(names, ", "));
}

// REFERENCES t (c) [ON DELETE|UPDATE action]... [[NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE]], from `i`
// (at REFERENCES); returns the value and moves `i` past it.
std::string foreign_key_tail(const Tokens& t, std::size_t& i, const std::vector<std::string>& columns) {
    ++i;  // references
    std::string ref = i < t.size() ? t[i].text : "";
    ++i;
    if (i + 1 < t.size() && t[i].text == ".") {  // schema.table
        ref += "." + t[i + 1].text;
        i += 2;
    }
    std::vector<std::string> ref_columns;
    if (i < t.size() && t[i].text == "(") {
        ref_columns = names_in(t, i);
        i = skip_group(t, i);
    }
    std::string on_delete, on_update;
    bool deferrable = false, deferred = false;
    auto upper = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return s;
    };
    while (i < t.size()) {
        if (is_word(t, i, "on") && i + 2 < t.size()) {
            std::string& into = t[i + 1].text == "delete" ? on_delete : on_update;
            std::string action = t[i + 2].text;
            i += 3;
            if ((action == "set" || action == "no") && i < t.size()) action += " " + t[i++].text;
            into = action == "no action" ? "" : upper(action);
        } else if (is_word(t, i, "not") && is_word(t, i + 1, "deferrable")) {
            i += 2;
        } else if (is_word(t, i, "deferrable")) {
            deferrable = true;
            ++i;
        } else if (is_word(t, i, "initially") && i + 1 < t.size()) {
            deferred = t[i + 1].text == "deferred";
            i += 2;
        } else if (is_word(t, i, "match") && i + 1 < t.size()) {
            i += 2;
        } else {
            break;
        }
    }
    std::string value =
        fmt::format("FOREIGN KEY {} REFERENCES {} {}", plain_list(columns), ref, plain_list(ref_columns));
    if (!on_delete.empty()) value += " ON DELETE " + on_delete;
    if (!on_update.empty()) value += " ON UPDATE " + on_update;
    if (deferrable) value += deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    return value;
}

struct TableText {
    std::map<std::string, bool> autoincrement;       // column -> PRIMARY KEY AUTOINCREMENT written on it
    std::optional<std::string> primary_key;          // "name (cols)" or "(col)" when written on a column
    std::map<std::string, std::string> constraints;  // name -> value
    int unnamed = 0;
};

// One constraint, from `i` (after `CONSTRAINT name`, if any) in [i, end). `column`
// is set for a column constraint.
void read_constraint(const Tokens& t, std::size_t& i, std::size_t end, const std::string& name,
                     const std::optional<std::string>& column, TableText& out) {
    auto key = [&] { return name.empty() ? fmt::format("(unnamed {})", ++out.unnamed) : name; };
    std::vector<std::string> own;
    if (column) own.push_back(*column);
    if (is_word(t, i, "primary")) {
        i += 2;  // primary key
        std::vector<std::string> cols = own;
        if (!column && i < end && t[i].text == "(") {
            cols = names_in(t, i);
            i = skip_group(t, i);
        }
        while (is_word(t, i, "asc") || is_word(t, i, "desc")) ++i;
        if (column && is_word(t, i, "autoincrement")) {
            out.autoincrement[*column] = true;
            ++i;
        }
        out.primary_key = (name.empty() ? "" : name + " ") + plain_list(cols);
    } else if (is_word(t, i, "unique")) {
        ++i;
        std::vector<std::string> cols = own;
        if (!column && i < end && t[i].text == "(") {
            cols = names_in(t, i);
            i = skip_group(t, i);
        }
        out.constraints[key()] = "UNIQUE " + plain_list(cols);
    } else if (is_word(t, i, "check")) {
        ++i;
        std::size_t close = skip_group(t, i);
        out.constraints[key()] = "CHECK (" + join(t, i + 1, close - 1) + ")";
        i = close;
    } else if (is_word(t, i, "foreign")) {
        i += 2;  // foreign key
        std::vector<std::string> cols = names_in(t, i);
        i = skip_group(t, i);
        out.constraints[key()] = foreign_key_tail(t, i, cols);
    } else if (is_word(t, i, "references")) {
        out.constraints[key()] = foreign_key_tail(t, i, own);
    } else {
        ++i;  // something this reader does not compare (COLLATE, NOT NULL, DEFAULT ... come from the pragma)
    }
}

bool starts_constraint(const Tokens& t, std::size_t i) {
    for (std::string_view w : {"constraint", "primary", "unique", "check", "foreign", "references"})
        if (is_word(t, i, w)) return true;
    return false;
}

TableText read_table_text(std::string_view sql) {
    TableText out;
    Tokens t = tokenize(sql);
    std::size_t open = 0;
    while (open < t.size() && t[open].text != "(") ++open;
    std::size_t close = skip_group(t, open);
    for (auto [b, e] : split_top(t, open + 1, close - 1)) {
        std::optional<std::string> column;
        std::size_t i = b;
        if (!starts_constraint(t, i) || (t[i].kind == Token::Kind::Name)) {
            column = t[i].text;
            ++i;
            while (i < e && !starts_constraint(t, i)) {
                // Skip the type, DEFAULT and NOT NULL (the pragma reports them); a
                // DEFAULT's parenthesised expression may hold constraint words.
                if (t[i].text == "(")
                    i = skip_group(t, i);
                else
                    ++i;
            }
        }
        while (i < e) {
            std::string name;
            if (is_word(t, i, "constraint") && i + 1 < e) {
                name = t[i + 1].text;
                i += 2;
            }
            if (i >= e) break;
            if (!starts_constraint(t, i)) {
                if (t[i].text == "(")
                    i = skip_group(t, i);
                else
                    ++i;
                continue;
            }
            read_constraint(t, i, e, name, column, out);
        }
    }
    return out;
}

// CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON table (elements) [WHERE expr]
std::string read_index_text(std::string_view sql, const std::string& table) {
    Tokens t = tokenize(sql);
    bool unique = is_word(t, 1, "unique");
    std::size_t i = 0;
    while (i < t.size() && !is_word(t, i, "on")) ++i;
    i += 2;  // on table
    if (i < t.size() && t[i].text == ".") i += 2;
    std::size_t close = skip_group(t, i);
    std::vector<std::string> elements;
    for (auto [b, e] : split_top(t, i + 1, close - 1)) {
        if (e > b && is_word(t, e - 1, "asc")) --e;
        elements.push_back(join(t, b, e));
    }
    std::optional<std::string> where;
    if (is_word(t, close, "where")) where = join(t, close + 1);
    return index_value(unique, table, elements, where);
}

// Runs `sql` with one text parameter and calls `row` for every row.
template <typename F>
bool query(sqlite3* db, const std::string& sql, const std::optional<std::string>& param, std::string& error, F row) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        error = sqlite3_errmsg(db);
        return false;
    }
    if (param) sqlite3_bind_text(stmt, 1, param->c_str(), -1, SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) row(stmt);
    if (rc != SQLITE_DONE) error = sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

std::string text_at(sqlite3_stmt* stmt, int column) {
    const unsigned char* text = sqlite3_column_text(stmt, column);
    return text ? reinterpret_cast<const char*>(text) : "";
}

}  // namespace

std::string quote_name(const std::string& name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::optional<Catalog> expected_sqlite_catalog(const SchemaModel& model, const Dialect& sqlite, Diagnostics& diags) {
    Catalog out;
    bool ok = true;
    auto render = [&](const ir::Expr& e, bool as_default) -> std::string {
        auto text = sqlite.render_expression(e, as_default, diags);
        if (!text) ok = false;
        if (!text) return "";
        Tokens t = tokenize(*text);
        // SQLite keeps `DEFAULT (expr)` as the text between the parentheses.
        if (as_default && !t.empty() && t.front().text == "(" && skip_group(t, 0) == t.size())
            return join(t, 1, t.size() - 1);
        return join(t);
    };
    for (const auto& [key, table] : model.tables.sorted()) {
        std::string t = table_name(key);
        out.entries["table " + t] = "";
        const ir::Constraint* pk = table.primary_key();
        for (const auto& c : table.columns) {
            std::optional<std::string> def;
            if (c.default_value) def = render(*c.default_value, true);
            bool inline_key = c.identity && pk && pk->columns.size() == 1 && pk->columns[0] == c.name;
            out.entries[fmt::format("column {}.{}", t, ident(c.name))] =
                column_value(sqlite_type(c), !c.nullable, def, inline_key);
            // SPEC 2.4: an enum column carries a CHECK of its labels.
            if (c.type.kind == ir::Type::Kind::Enum && !c.identity) {
                ir::Expr in;
                in.kind = ir::Expr::Kind::In;
                in.args.emplace_back();
                in.args[0].kind = ir::Expr::Kind::Column;
                in.args[0].column = c.name;
                for (const auto& label : c.type.enum_labels()) {
                    ir::Expr lit;
                    lit.lit = {ir::LiteralKind::String, label};
                    in.args.push_back(std::move(lit));
                }
                out.entries[fmt::format("constraint {}.{}", t, ident(naming::enum_check(key.name, c.name)))] =
                    "CHECK (" + render(in, false) + ")";
            }
        }
        for (const auto& k : table.constraints) {
            using K = ir::Constraint::Kind;
            std::string name = fmt::format("constraint {}.{}", t, ident(k.name));
            switch (k.kind) {
                case K::PrimaryKey: {
                    const ir::Column* only = k.columns.size() == 1 ? table.find_column(k.columns[0]) : nullptr;
                    out.entries["primary key " + t] =
                        only && only->identity ? name_list(k.columns) : ident(k.name) + " " + name_list(k.columns);
                    break;
                }
                case K::Unique:
                    out.entries[name] = "UNIQUE " + name_list(k.columns);
                    break;
                case K::Check:
                    out.entries[name] = "CHECK (" + render(*k.check, false) + ")";
                    break;
                case K::ForeignKey:
                    out.entries[name] = foreign_key_value(
                        k.columns, table_name(k.ref_table), k.ref_columns, k.on_delete ? action_text(*k.on_delete) : "",
                        k.on_update ? action_text(*k.on_update) : "", k.deferrable, k.initially_deferred);
                    break;
            }
        }
    }
    for (const auto& [key, index] : model.indexes.sorted()) {
        std::vector<std::string> elements;
        for (const auto& el : index.elements) {
            std::string text = el.column ? ident(*el.column) : normalize_sql("(" + render(*el.expr, false) + ")");
            if (el.descending && *el.descending) text += " desc";
            elements.push_back(text);
        }
        std::optional<std::string> where;
        if (index.where) where = render(*index.where, false);
        std::string t = table_name(index.table);
        out.entries[fmt::format("index {}.{}", t, ident(key.name))] = index_value(index.unique, t, elements, where);
    }
    if (!ok) return std::nullopt;
    return out;
}

std::optional<Catalog> read_sqlite_catalog(sqlite3* db, const std::string& version_table, std::string& error) {
    Catalog out;
    std::vector<std::pair<std::string, std::string>> tables;
    if (!query(db,
               "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
               "ORDER BY name",
               std::nullopt, error, [&](sqlite3_stmt* s) {
                   tables.push_back({text_at(s, 0), text_at(s, 1)});
               }))
        return std::nullopt;
    for (const auto& [name, sql] : tables) {
        if (name == version_table) continue;
        std::string t = ident(name);
        out.entries["table " + t] = "";
        TableText text = read_table_text(sql);
        bool ok = query(db, "SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info(?)", name, error,
                        [&](sqlite3_stmt* s) {
                            std::string column = ident(text_at(s, 0));
                            std::optional<std::string> def;
                            if (sqlite3_column_type(s, 3) != SQLITE_NULL) def = normalize_sql(text_at(s, 3));
                            out.entries[fmt::format("column {}.{}", t, column)] = column_value(
                                text_at(s, 1), sqlite3_column_int(s, 2) != 0, def, text.autoincrement[column]);
                        });
        if (!ok) return std::nullopt;
        if (text.primary_key) out.entries["primary key " + t] = *text.primary_key;
        for (const auto& [k, value] : text.constraints) out.entries[fmt::format("constraint {}.{}", t, k)] = value;
    }
    return query(db,
                 "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
                 std::nullopt, error,
                 [&](sqlite3_stmt* s) {
                     std::string t = ident(text_at(s, 1));
                     out.entries[fmt::format("index {}.{}", t, ident(text_at(s, 0)))] =
                         read_index_text(text_at(s, 2), t);
                 })
               ? std::optional<Catalog>(std::move(out))
               : std::nullopt;
}

std::optional<std::vector<std::string>> read_rows(sqlite3* db, const std::string& table,
                                                  const std::vector<std::string>& columns, std::string& error) {
    std::vector<std::string> parts;
    for (const auto& c : columns) parts.push_back(fmt::format("quote({})", quote_name(c)));
    std::string sql =
        fmt::format("SELECT {} FROM {}", parts.empty() ? "''" : fmt::format("{}", fmt::join(parts, " || ', ' || ")),
                    quote_name(table));
    std::vector<std::string> rows;
    if (!query(db, sql, std::nullopt, error, [&](sqlite3_stmt* s) { rows.push_back(text_at(s, 0)); }))
        return std::nullopt;
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::optional<std::vector<std::string>> read_version_rows(sqlite3* db, const std::string& version_table,
                                                          std::string& error) {
    bool exists = false;
    if (!query(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", version_table, error,
               [&](sqlite3_stmt*) { exists = true; }))
        return std::nullopt;
    if (!exists) {
        error = fmt::format("the version table {} does not exist", version_table);
        return std::nullopt;
    }
    std::vector<std::string> rows;
    if (!query(db, fmt::format("SELECT version_num FROM {} ORDER BY 1", quote_name(version_table)), std::nullopt, error,
               [&](sqlite3_stmt* s) { rows.push_back(text_at(s, 0)); }))
        return std::nullopt;
    return rows;
}

}  // namespace migc::verify
