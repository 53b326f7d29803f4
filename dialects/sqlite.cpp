// SQLite: types, literals, and the statements SQLite writes its own way.
// What SQLite's ALTER TABLE cannot do needs a table rebuild from the schema
// model (SPEC 4.3); until migc emits rebuilds, such a statement is a clear
// error, never wrong SQL.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "compiler/naming.hpp"
#include "dialects/sql_dialect.hpp"

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

class SqliteDialect final : public SqlDialect {
public:
    using SqlDialect::SqlDialect;

    std::string_view name() const override { return "sqlite"; }

    // The script goes through the sqlite3 shell (run_hint), which reads it
    // line by line and drops a CR before each LF: a literal holding CR LF
    // would be stored as LF. So CR, and every other control character but
    // TAB and LF (ESC would also drive the reviewer's terminal), reaches the
    // engine as char(N) concatenated into the literal, parenthesised so that
    // it stays one operand anywhere a literal may stand (a DEFAULT too):
    // ('a' || char(13, 10) || 'b').
    std::string render_string_literal(std::string_view text) const override {
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

    // A name has no such escape: SQLite reads no expression there. A CR LF in
    // a quoted name cannot pass the sqlite3 shell, so it is an error at the
    // statement (other control characters, a lone CR included, pass as they are).
    std::string quote_identifier(std::string_view name) const override {
        if (name.find("\r\n") != std::string_view::npos && !unshell_name_) unshell_name_ = std::string(name);
        return SqlDialect::quote_identifier(name);
    }
    std::vector<SqlStatement> emit(const ast::Statement& stmt, const EmitContext& ctx) const override {
        unshell_name_.reset();
        auto out = SqlDialect::emit(stmt, ctx);
        if (!unshell_name_) return out;
        ctx.diags
            .error(at(ctx, stmt.span), fmt::format("sqlite: the name \"{}\" holds CR LF, which the sqlite3 shell reads as "
                                                   "LF alone: the object would get another name",
                                                   *unshell_name_))
            .notes.push_back({std::nullopt, "SQLite names cannot be spelt with char(13): choose a name without a line break"});
        unshell_name_.reset();
        return {};
    }
    std::string header_target() const override {
        return fmt::format("sqlite {}.{}", options_.sqlite_major, options_.sqlite_minor);
    }
    std::string run_hint() const override { return "sqlite3 -bail app.db < script.sql"; }

protected:
    bool at_least(int major, int minor) const {
        return options_.sqlite_major > major || (options_.sqlite_major == major && options_.sqlite_minor >= minor);
    }
    bool is_reserved(std::string_view w) const override {
        return std::find(kReserved.begin(), kReserved.end(), w) != kReserved.end();
    }
    std::string render_boolean(bool v) const override { return v ? "1" : "0"; }
    std::string render_typed_literal(const ast::Literal& lit) const override { return render_string_literal(lit.text); }
    std::string render_bytes(std::string_view hex) const override { return fmt::format("X'{}'", hex); }

    std::optional<std::string> dialect_type(const ast::Type& t, const EmitContext& ctx) const override {
        using K = ast::Type::Kind;
        switch (t.kind) {
            case K::Double: return "FLOAT";
            case K::Timestamp:
            case K::TimestampTz: return "DATETIME";
            case K::Uuid: return "CHAR(32)";
            case K::Jsonb: return "JSON";
            case K::Bytes: return "BLOB";
            case K::Named: {
                const auto* labels = enum_labels(t, ctx);
                if (!labels) return std::nullopt;
                return fmt::format("VARCHAR({})", longest_label(*labels));
            }
            default: return std::nullopt;  // written by SqlDialect::render_type
        }
    }

    static std::size_t longest_label(const std::vector<std::string>& labels) {
        std::size_t n = 1;
        for (const auto& l : labels) {
            // Characters, not bytes: count the UTF-8 lead bytes.
            std::size_t chars = std::count_if(l.begin(), l.end(), [](char c) { return (c & 0xC0) != 0x80; });
            n = std::max(n, chars);
        }
        return n;
    }

    const std::optional<std::string>& raw_for_dialect(const std::optional<std::string>&,
                                                     const std::optional<std::string>& sqlite) const override {
        return sqlite;
    }

    // identity is INTEGER PRIMARY KEY AUTOINCREMENT on the column; every
    // primary-key column is NOT NULL; an enum column carries its CHECK.
    std::optional<ColumnSql> column_sql(const ast::ColumnDef& col, const ast::QualifiedName& table,
                                        const EmitContext& ctx) const override {
        // The declared type is checked even where identity replaces it.
        if (col.identity && !render_type(col.type, ctx)) return std::nullopt;
        ast::ColumnDef plain = col;
        plain.identity = false;
        if (col.identity) plain.type.kind = ast::Type::Kind::Integer;
        auto out = SqlDialect::column_sql(plain, table, ctx);
        if (!out) return std::nullopt;
        if (col.identity) {
            out->spec = fmt::format("{} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL", ident(col.name));
            if (col.default_value) ctx.diags.warning(at(ctx, col.span), "sqlite: the default of an identity column is ignored");
            out->inline_primary_key = true;
        }
        if (col.type.kind == ast::Type::Kind::Named && !col.identity) {
            const auto* labels = ctx.schema.find_enum(col.type.named);
            std::vector<std::string> quoted;
            for (const auto& l : *labels) quoted.push_back(render_string_literal(l));
            std::string check = fmt::format("CONSTRAINT {} CHECK ({} IN ({}))",
                                            quote_identifier(naming::enum_check(table.name.text, col.name.text)),
                                            ident(col.name), fmt::join(quoted, ", "));
            out->constraints.push_back({check, check});
        }
        return out;
    }

    static bool is_constant(const ast::Expr& e) {
        using K = ast::Expr::Kind;
        return e.kind == K::Literal || (e.kind == K::Unary && e.op == "-" && e.args[0].kind == K::Literal) ||
               (e.kind == K::Paren && is_constant(e.args[0]));
    }

    void needs_rebuild(const EmitContext& ctx, ast::Span span, std::string_view what) const {
        ctx.diags.error(at(ctx, span), fmt::format("sqlite: {} needs a table rebuild, which this migc does not emit yet", what))
            .notes.push_back({std::nullopt, "write the rebuild for SQLite yourself: `execute postgresql $$ ... $$ sqlite $$ ... $$`"});
    }

    void alter_table(Out& out, const ast::AlterTable& s, const EmitContext& ctx) const override {
        const std::string table = qname(s.table);
        for (const auto& action : s.actions) {
            std::visit(
                [&](const auto& a) {
                    using A = std::decay_t<decltype(a)>;
                    if constexpr (std::is_same_v<A, ast::AddColumn>) {
                        const auto& col = a.column;
                        if (col.primary_key || col.identity || col.unique) {
                            needs_rebuild(ctx, action.span, "adding a primary-key or unique column");
                            return;
                        }
                        if (col.default_value && !is_constant(*col.default_value)) {
                            ctx.diags.error(at(ctx, col.default_value->span),
                                            "sqlite cannot add a column with a non-constant default to an existing table")
                                .notes.push_back({std::nullopt, "add the column without a default (or with a constant one) and "
                                                                "fill it with an `update`"});
                            return;
                        }
                        if (col.nullable == false && !col.default_value) {
                            ctx.diags.error(at(ctx, action.span), "sqlite cannot add a NOT NULL column without a default")
                                .notes.push_back({std::nullopt, "give the column a default, or add it nullable and backfill it"});
                            return;
                        }
                        auto c = column_sql(col, s.table, ctx);
                        if (!c) return;
                        // SQLite takes CHECK and REFERENCES as column constraints in ADD COLUMN.
                        std::string spec = c->spec;
                        for (const auto& k : c->constraints) spec += " " + k.column_form;
                        statement(out, fmt::format("ALTER TABLE {} ADD COLUMN {}", table, spec));
                        if (col.comment) comment_on_column(out, {s.table, col.name, *col.comment}, ctx);
                    } else if constexpr (std::is_same_v<A, ast::DropColumn>) {
                        if (!at_least(3, 35)) return needs_rebuild(ctx, action.span, "dropping a column before SQLite 3.35");
                        statement(out, fmt::format("ALTER TABLE {} DROP COLUMN {}", table, ident(a.column)));
                    } else if constexpr (std::is_same_v<A, ast::RenameColumn>) {
                        if (!at_least(3, 25)) return needs_rebuild(ctx, action.span, "renaming a column before SQLite 3.25");
                        statement(out, fmt::format("ALTER TABLE {} RENAME COLUMN {} TO {}", table, ident(a.column),
                                                   ident(a.new_name)));
                    } else if constexpr (std::is_same_v<A, ast::AlterColumnType>) {
                        needs_rebuild(ctx, action.span, "changing a column's type");
                    } else if constexpr (std::is_same_v<A, ast::AlterColumnNullability>) {
                        needs_rebuild(ctx, action.span, "changing a column's nullability");
                    } else if constexpr (std::is_same_v<A, ast::AlterColumnDefault>) {
                        needs_rebuild(ctx, action.span, "changing a column's default");
                    } else if constexpr (std::is_same_v<A, ast::AlterColumnComment>) {
                        comment_on_column(out, {s.table, a.column, a.comment}, ctx);
                    } else if constexpr (std::is_same_v<A, ast::AddConstraint>) {
                        needs_rebuild(ctx, action.span, "adding a constraint");
                    } else if constexpr (std::is_same_v<A, ast::DropConstraint>) {
                        needs_rebuild(ctx, action.span, "dropping a constraint");
                    }
                },
                action.node);
        }
    }

    // SQLite keeps no comments: they become SQL comments in the script.
    void comment_on_table(Out& out, const ast::CommentOnTable& s, const EmitContext&) const override {
        comment(out, fmt::format("comment on table {}: {}", qname(s.table), s.comment.text));
    }
    void comment_on_column(Out& out, const ast::CommentOnColumn& s, const EmitContext&) const override {
        comment(out, fmt::format("comment on column {}.{}: {}", qname(s.table), ident(s.column), s.comment.text));
    }

    // SQLite puts the schema on the index name, never on the table.
    std::pair<std::string, std::string> index_and_table(const ast::CreateIndex& s) const override {
        ast::QualifiedName index = s.name;
        if (!index.schema) index.schema = s.table.schema;
        return {qname(index), ident(s.table.name)};
    }

    // Enums are VARCHAR + CHECK on SQLite: the type itself is bookkeeping.
    void create_enum(Out& out, const ast::CreateEnum& s, const EmitContext&) const override {
        std::vector<std::string> labels;
        for (const auto& l : s.labels) labels.push_back(render_string_literal(l.text));
        comment(out, fmt::format("enum {} ({}): columns of this type are VARCHAR with a CHECK on SQLite", qname(s.name),
                                 fmt::join(labels, ", ")));
    }
    void alter_enum_add_value(Out& out, const ast::AlterEnumAddValue& s, const EmitContext& ctx) const override {
        for (const auto& [key, table] : ctx.schema.tables)
            for (const auto& col : table.columns)
                if (col.type.kind == ast::Type::Kind::Named && qualified_key(col.type.named) == qualified_key(s.name))
                    return needs_rebuild(ctx, s.value.span,
                                         fmt::format("adding an enum value used by column {}.{}", key, col.name));
        comment(out, fmt::format("enum {}: added value {}", qname(s.name), render_string_literal(s.value.text)));
    }
    void drop_type(Out& out, const ast::DropType& s, const EmitContext&) const override {
        comment(out, fmt::format("enum {} dropped (nothing to do on SQLite)", qname(s.name)));
    }

private:
    // The first name of the statement being emitted that holds CR LF (see quote_identifier).
    mutable std::optional<std::string> unshell_name_;

    void create_schema(Out&, const ast::CreateSchema& s, const EmitContext& ctx) const override {
        ctx.diags.error(at(ctx, s.name.span), "sqlite has no schemas: `create schema` cannot be compiled for it")
            .notes.push_back({std::nullopt, "attach a database instead: `execute postgresql $$ CREATE SCHEMA ... $$ sqlite $$ ATTACH ... $$`"});
    }
    void drop_schema(Out&, const ast::DropSchema& s, const EmitContext& ctx) const override {
        ctx.diags.error(at(ctx, s.name.span), "sqlite has no schemas: `drop schema` cannot be compiled for it")
            .notes.push_back({std::nullopt, "use `execute postgresql $$ DROP SCHEMA ... $$ sqlite $$ DETACH ... $$`"});
    }
};

}  // namespace

std::unique_ptr<Dialect> make_sqlite_dialect(const DialectOptions& options) {
    return std::make_unique<SqliteDialect>(options);
}

}  // namespace migc
