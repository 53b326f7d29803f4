// SQLite: types, literals, and the statements SQLite writes its own way.
// What its ALTER TABLE cannot do is a table rebuild (sqlite_rebuild.cpp).
#include "dialects/sqlite.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <unordered_set>

#include "compiler/sema/naming.hpp"

namespace migc {
namespace {

// SQLite's keywords (sqlite3_keyword_name), as SQLAlchemy quotes them.
constexpr std::array kReserved{
    "abort", "action", "add", "after", "all", "alter", "always", "analyze", "and", "as", "asc", "attach",
    "autoincrement", "before", "begin", "between", "by", "cascade", "case", "cast", "check", "collate", "column",
    "commit", "conflict", "constraint", "create", "cross", "current", "current_date", "current_time",
    "current_timestamp", "database", "default", "deferrable", "deferred", "delete", "desc", "detach", "distinct",
    "do", "drop", "each", "else", "end", "escape", "except", "exclude", "exclusive", "exists", "explain", "fail",
    "false", "filter", "first", "following", "for", "foreign", "from", "full", "generated", "glob", "group",
    "groups", "having", "if", "ignore", "immediate", "in", "index", "indexed", "initially", "inner", "insert",
    "instead", "intersect", "into", "is", "isnull", "join", "key", "last", "left", "like", "limit", "match",
    "materialized", "natural", "no", "not", "nothing", "notnull", "null", "nulls", "of", "offset", "on", "or",
    "order", "others", "outer", "over", "partition", "plan", "pragma", "preceding", "primary", "query", "raise",
    "range", "recursive", "references", "regexp", "reindex", "release", "rename", "replace", "restrict",
    "returning", "right", "rollback", "row", "rows", "savepoint", "select", "set", "table", "temp", "temporary",
    "then", "ties", "to", "transaction", "trigger", "true", "unbounded", "union", "unique", "update", "using",
    "vacuum", "values", "view", "virtual", "when", "where", "window", "with", "without"};

EngineFacts sqlite_facts(const DialectOptions& o) {
    EngineFacts f;
    f.name = "sqlite";
    f.target = fmt::format("sqlite {}.{}", o.sqlite_major, o.sqlite_minor);
    f.run_hint = "sqlite3 -bail app.db < script.sql";
    f.builtin_schemas = {"main", "temp"};
    f.alter_needs_tables = true;
    return f;
}

std::size_t longest_label(const std::vector<std::string>& labels) {
    std::size_t n = 1;
    for (const auto& l : labels) {
        // Characters, not bytes: count the UTF-8 lead bytes.
        std::size_t chars = std::count_if(l.begin(), l.end(), [](char c) { return (c & 0xC0) != 0x80; });
        n = std::max(n, chars);
    }
    return n;
}

}  // namespace

// The script goes through the sqlite3 shell (run_hint), which reads it line by
// line and drops a CR before each LF: a literal holding CR LF would be stored
// as LF. So CR, and every other control character but TAB and LF (ESC would
// also drive the reviewer's terminal), reaches the engine as char(N)
// concatenated into the literal, parenthesised so that it stays one operand
// anywhere a literal may stand (a DEFAULT too): ('a' || char(13, 10) || 'b').
std::string SqliteDialect::render_string_literal(std::string_view text) const {
    auto is_control = [](char c) {
        auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\t' && c != '\n') || u == 0x7F;
    };
    if (std::none_of(text.begin(), text.end(), is_control)) return SqlDialect::render_string_literal(text);
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t j = i;
        if (is_control(text[i])) {
            std::vector<int> codes;
            for (; j < text.size() && is_control(text[j]); ++j) codes.push_back(static_cast<unsigned char>(text[j]));
            parts.push_back(fmt::format("char({})", fmt::join(codes, ", ")));
        } else {
            while (j < text.size() && !is_control(text[j])) ++j;
            parts.push_back(SqlDialect::render_string_literal(text.substr(i, j - i)));
        }
        i = j;
    }
    return fmt::format("({})", fmt::join(parts, " || "));
}

// A name has no such escape: SQLite reads no expression there. A CR LF in a
// quoted name cannot pass the sqlite3 shell, so it is an error at the op
// (other control characters, a lone CR included, pass as they are).
namespace {
// The first name of the op being emitted that holds CR LF. Per thread: the
// framing emits several steps at once, and the dialect itself is const.
thread_local std::optional<std::string> unshell_name;
}  // namespace

std::string SqliteDialect::quote_identifier(std::string_view name) const {
    if (name.find("\r\n") != std::string_view::npos && !unshell_name) unshell_name = std::string(name);
    return SqlDialect::quote_identifier(name);
}

std::vector<SqlStatement> SqliteDialect::emit(const ir::Op& op, Diagnostics& diags) const {
    unshell_name.reset();
    auto out = SqlDialect::emit(op, diags);
    if (!unshell_name) return out;
    diags
        .error(DiagKind::Unsupported, op.where, fmt::format("sqlite: the name \"{}\" holds CR LF, which the sqlite3 shell reads as LF alone: "
                                     "the object would get another name",
                                     *unshell_name))
        .notes.push_back({std::nullopt, "SQLite names cannot be spelt with char(13): choose a name without a line break"});
    unshell_name.reset();
    return {};
}

SqliteDialect::SqliteDialect(const DialectOptions& options) : SqlDialect(options, sqlite_facts(options)) {}

bool SqliteDialect::is_reserved(std::string_view w) const {
    static const std::unordered_set<std::string_view> words(kReserved.begin(), kReserved.end());
    return words.contains(w);
}

std::string SqliteDialect::render_bytes(std::string_view hex) const { return fmt::format("X'{}'", hex); }

// uuid is CHAR(32) here, as SQLAlchemy's Uuid stores it: 32 lower-case hex
// digits, no dashes or braces, so that the application's own bound values
// (uuid.hex) compare equal to the rows a migration inserted.
std::string SqliteDialect::render_uuid(std::string_view text) const {
    std::string hex;
    for (char c : text)
        if (c != '-' && c != '{' && c != '}') hex += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return render_string_literal(hex);
}

std::string SqliteDialect::dialect_type(const ir::Type& t) const {
    using K = ir::Type::Kind;
    switch (t.kind) {
        case K::Double: return "FLOAT";
        case K::Timestamp:
        case K::TimestampTz: return "DATETIME";
        case K::Uuid: return "CHAR(32)";
        case K::Jsonb: return "JSON";
        case K::Bytes: return "BLOB";
        case K::Enum: return fmt::format("VARCHAR({})", longest_label(t.enum_labels()));
        default: return {};  // written by SqlDialect::render_type
    }
}

// identity is INTEGER PRIMARY KEY AUTOINCREMENT on the column; every
// primary-key column is NOT NULL (the model says so already).
std::optional<std::string> SqliteDialect::column_spec(const ir::Column& col, const EmitContext& ctx) const {
    if (!col.identity) return SqlDialect::column_spec(col, ctx);
    if (col.default_value) ctx.diags.warning(DiagKind::Ignored, ctx.where, fmt::format("sqlite: the default of identity column '{}' is ignored", col.name));
    return fmt::format("{} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL", quote_identifier(col.name));
}

// An enum column carries the CHECK that stands for its type.
std::vector<ir::Constraint> SqliteDialect::column_extras(const ir::ObjectName& table, const ir::Column& col) const {
    if (col.type.kind != ir::Type::Kind::Enum || col.identity) return {};
    ir::Constraint k;
    k.kind = ir::Constraint::Kind::Check;
    k.name = naming::enum_check(table.name, col.name);
    ir::Expr in;
    in.kind = ir::Expr::Kind::In;
    in.args.push_back({});
    in.args[0].kind = ir::Expr::Kind::Column;
    in.args[0].column = col.name;
    for (const auto& l : col.type.enum_labels()) {
        ir::Expr lit;
        lit.lit = {ir::LiteralKind::String, l};
        in.args.push_back(std::move(lit));
    }
    k.check = std::move(in);
    return {k};
}

// One rebuild for the whole batch when any action needs one; otherwise
// SQLite's own ALTER TABLE, action by action.
void SqliteDialect::alter_table(Out& out, const ir::AlterTable& s, const EmitContext& ctx) const {
    std::vector<std::string> reasons;
    for (const auto& action : s.actions)
        if (auto why = rebuild_reason(action)) reasons.push_back(*why);
    if (reasons.empty()) return alter_in_place(out, s, ctx);
    rebuild_batch(out, s, reasons, ctx);
}

void SqliteDialect::alter_in_place(Out& out, const ir::AlterTable& s, const EmitContext& outer) const {
    const std::string table = qname(s.table);
    for (const auto& action : s.actions) {
        EmitContext ctx{outer.diags, action.where ? action.where : outer.where};
        std::visit(
            [&](const auto& a) {
                using A = std::decay_t<decltype(a)>;
                if constexpr (std::is_same_v<A, ir::AddColumn>) {
                    auto sql = add_column_sql(a, ctx);
                    if (!sql) return;
                    statement(out, *sql);
                    if (a.column.comment) column_comment(out, s.table, a.column.name, a.column.comment);
                } else if constexpr (std::is_same_v<A, ir::DropColumn>) {
                    statement(out, drop_column_sql(a));
                } else if constexpr (std::is_same_v<A, ir::RenameColumn>) {
                    statement(out, rename_column_sql(a));
                } else if constexpr (std::is_same_v<A, ir::AlterColumnType>) {
                    comment(out, fmt::format("{}.{}: the new type is the same on SQLite; nothing to do", table,
                                             quote_identifier(a.column)));
                } else if constexpr (std::is_same_v<A, ir::SetNullable> || std::is_same_v<A, ir::SetDefault>) {
                    comment(out, fmt::format("{}.{}: unchanged; nothing to do", table, quote_identifier(a.column)));
                } else if constexpr (std::is_same_v<A, ir::SetColumnComment>) {
                    column_comment(out, s.table, a.column, a.comment);
                } else {
                    for (auto& piece : emit(action, ctx.diags)) out.push_back(std::move(piece));
                }
            },
            action.node);
    }
}

// SQLite keeps no comments: they become SQL comments in the script.
void SqliteDialect::table_comment(Out& out, const ir::ObjectName& t, const std::optional<std::string>& text) const {
    comment(out, text ? fmt::format("comment on table {}: {}", qname(t), *text) : fmt::format("comment on table {} removed", qname(t)));
}

void SqliteDialect::column_comment(Out& out, const ir::ObjectName& t, const std::string& column,
                                   const std::optional<std::string>& text) const {
    comment(out, text ? fmt::format("comment on column {}.{}: {}", qname(t), quote_identifier(column), *text)
                      : fmt::format("comment on column {}.{} removed", qname(t), quote_identifier(column)));
}

// SQLite puts the schema on the index name, never on the table.
namespace {

bool has_enum_check(const ir::Table& t) {
    return std::any_of(t.columns.begin(), t.columns.end(),
                       [](const ir::Column& c) { return c.type.kind == ir::Type::Kind::Enum && !c.identity; });
}

}  // namespace

// SQLite's RENAME keeps a CHECK's name: ck_old_status_enum would stay until
// the next rebuild renamed it. The rename itself comes first (it rewrites the
// foreign keys of other tables), then the table is rebuilt under its new name.
void SqliteDialect::rename_table(Out& out, const ir::RenameTable& s, const EmitContext& ctx) const {
    SqlDialect::rename_table(out, s, ctx);
    if (!has_enum_check(s.renamed)) return;
    comment(out, fmt::format("rebuild of table {}: its enum CHECKs are named after the table and take the new name",
                             qname(s.renamed.name)));
    rebuild_table(out, s.renamed, s.renamed, s.indexes, identity_copy(s.renamed), ctx);
}

std::pair<std::string, std::string> SqliteDialect::index_and_table(const ir::Index& index) const {
    return {qname(index.name), quote_identifier(index.table.name)};
}

// Enums are VARCHAR + CHECK on SQLite: the type itself is bookkeeping; a new
// label changes the CHECK (and maybe the length) of every column of the
// type, so each such table is rebuilt.
void SqliteDialect::create_enum(Out& out, const ir::CreateEnum& s, const EmitContext&) const {
    std::vector<std::string> labels;
    for (const auto& l : s.type.labels) labels.push_back(render_string_literal(l));
    comment(out, fmt::format("enum {} ({}): columns of this type are VARCHAR with a CHECK on SQLite", qname(s.type.name),
                             fmt::join(labels, ", ")));
}

void SqliteDialect::add_enum_value(Out& out, const ir::AddEnumValue& s, const EmitContext& ctx) const {
    comment(out, fmt::format("enum {}: added value {}", qname(s.type), render_string_literal(s.value)));
    for (const auto& t : s.tables) {
        std::vector<std::string> columns;
        for (const auto& col : t.columns)
            if (col.type.kind == ir::Type::Kind::Enum && col.type.enum_name() == s.type) columns.push_back(quote_identifier(col.name));
        comment(out, fmt::format("rebuild of table {}: the CHECK of column{} {} (type {}) takes the new label", qname(t.name),
                                 columns.size() == 1 ? "" : "s", fmt::join(columns, ", "), qname(s.type)));
        std::vector<ir::Index> indexes;
        for (const auto& i : s.indexes)
            if (i.table == t.name) indexes.push_back(i);
        rebuild_table(out, t, t, indexes, identity_copy(t), ctx);
    }
}

void SqliteDialect::drop_enum(Out& out, const ir::DropEnum& s, const EmitContext&) const {
    comment(out, fmt::format("enum {} dropped (nothing to do on SQLite)", qname(s.type.name)));
}

void SqliteDialect::create_schema(Out&, const ir::CreateSchema&, const EmitContext& ctx) const {
    ctx.diags.error(DiagKind::Unsupported, ctx.where, "sqlite has no schemas: `create schema` cannot be compiled for it")
        .notes.push_back({std::nullopt, "attach a database instead: `execute postgresql $$ CREATE SCHEMA ... $$ sqlite $$ ATTACH ... $$`"});
}

void SqliteDialect::drop_schema(Out&, const ir::DropSchema&, const EmitContext& ctx) const {
    ctx.diags.error(DiagKind::Unsupported, ctx.where, "sqlite has no schemas: `drop schema` cannot be compiled for it")
        .notes.push_back({std::nullopt, "use `execute postgresql $$ DROP SCHEMA ... $$ sqlite $$ DETACH ... $$`"});
}

std::unique_ptr<Dialect> make_sqlite_dialect(const DialectOptions& options) {
    return std::make_unique<SqliteDialect>(options);
}

}  // namespace migc
