// SQLite: types, literals, and the statements SQLite writes its own way.
// What SQLite's ALTER TABLE cannot do needs a table rebuild from the schema
// model (SPEC 4.3); until migc emits rebuilds, such a statement is a clear
// error, never wrong SQL.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "compiler/sema/naming.hpp"
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

EngineFacts sqlite_facts(const DialectOptions& o) {
    EngineFacts f;
    f.name = "sqlite";
    f.target = fmt::format("sqlite {}.{}", o.sqlite_major, o.sqlite_minor);
    f.run_hint = "sqlite3 -bail app.db < script.sql";
    f.builtin_schemas = {"main", "temp"};
    return f;
}

class SqliteDialect final : public SqlDialect {
public:
    explicit SqliteDialect(const DialectOptions& options) : SqlDialect(options, sqlite_facts(options)) {}

protected:
    bool at_least(int major, int minor) const {
        return options_.sqlite_major > major || (options_.sqlite_major == major && options_.sqlite_minor >= minor);
    }
    bool is_reserved(std::string_view w) const override {
        return std::find(kReserved.begin(), kReserved.end(), w) != kReserved.end();
    }
    std::string render_boolean(bool v) const override { return v ? "1" : "0"; }
    std::string render_typed_literal(const ir::Literal& lit) const override { return render_string_literal(lit.text); }
    std::string render_bytes(std::string_view hex) const override { return fmt::format("X'{}'", hex); }

    std::string dialect_type(const ir::Type& t) const override {
        using K = ir::Type::Kind;
        switch (t.kind) {
            case K::Double: return "FLOAT";
            case K::Timestamp:
            case K::TimestampTz: return "DATETIME";
            case K::Uuid: return "CHAR(32)";
            case K::Jsonb: return "JSON";
            case K::Bytes: return "BLOB";
            case K::Enum: return fmt::format("VARCHAR({})", longest_label(t.enum_labels));
            default: return {};  // written by SqlDialect::render_type
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
    // primary-key column is NOT NULL (the model says so already).
    bool identity_carries_primary_key() const override { return true; }
    std::optional<std::string> column_spec(const ir::Column& col, const EmitContext& ctx) const override {
        if (!col.identity) return SqlDialect::column_spec(col, ctx);
        if (col.default_value) ctx.diags.warning(ctx.where, fmt::format("sqlite: the default of identity column '{}' is ignored", col.name));
        return fmt::format("{} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL", quote_identifier(col.name));
    }
    // An enum column carries the CHECK that stands for its type.
    std::vector<ir::Constraint> column_extras(const ir::ObjectName& table, const ir::Column& col) const override {
        if (col.type.kind != ir::Type::Kind::Enum || col.identity) return {};
        ir::Constraint k;
        k.kind = ir::Constraint::Kind::Check;
        k.name = naming::enum_check(table.name, col.name);
        ir::Expr in;
        in.kind = ir::Expr::Kind::In;
        in.args.push_back({});
        in.args[0].kind = ir::Expr::Kind::Column;
        in.args[0].column = col.name;
        for (const auto& l : col.type.enum_labels) {
            ir::Expr lit;
            lit.lit = {ir::LiteralKind::String, l};
            in.args.push_back(std::move(lit));
        }
        k.check = std::move(in);
        return {k};
    }

    static bool is_constant(const ir::Expr& e) {
        using K = ir::Expr::Kind;
        return e.kind == K::Literal || (e.kind == K::Unary && e.op == "-" && e.args[0].kind == K::Literal) ||
               (e.kind == K::Paren && is_constant(e.args[0]));
    }

    void needs_rebuild(const EmitContext& ctx, std::string_view what) const {
        ctx.diags.error(ctx.where, fmt::format("sqlite: {} needs a table rebuild, which this migc does not emit yet", what))
            .notes.push_back({std::nullopt, "write the rebuild for SQLite yourself: `execute postgresql $$ ... $$ sqlite $$ ... $$`"});
    }

    void alter_table(Out& out, const ir::AlterTable& s, const EmitContext& outer) const override {
        const std::string table = qname(s.table);
        for (const auto& action : s.actions) {
            EmitContext ctx{outer.diags, action.where ? action.where : outer.where};
            std::visit(
                [&](const auto& a) {
                    using A = std::decay_t<decltype(a)>;
                    if constexpr (std::is_same_v<A, ir::AddColumn>) {
                        const auto& col = a.column;
                        bool keyed = std::any_of(a.constraints.begin(), a.constraints.end(), [](const ir::Constraint& k) {
                            return k.kind == ir::Constraint::Kind::PrimaryKey || k.kind == ir::Constraint::Kind::Unique;
                        });
                        if (keyed || col.identity) return needs_rebuild(ctx, "adding a primary-key or unique column");
                        if (col.default_value && !is_constant(*col.default_value)) {
                            ctx.diags.error(col.default_value->where, "sqlite cannot add a column with a non-constant default to an existing table")
                                .notes.push_back({std::nullopt, "add the column without a default (or with a constant one) and "
                                                                "fill it with an `update`"});
                            return;
                        }
                        if (!col.nullable && !col.default_value) {
                            ctx.diags.error(ctx.where, "sqlite cannot add a NOT NULL column without a default")
                                .notes.push_back({std::nullopt, "give the column a default, or add it nullable and backfill it"});
                            return;
                        }
                        auto spec = column_spec(col, ctx);
                        if (!spec) return;
                        // SQLite takes CHECK and REFERENCES as column constraints in ADD COLUMN.
                        for (const auto& k : a.constraints)
                            if (auto c = constraint_sql(k, true, ctx)) *spec += " " + *c;
                            else return;
                        for (const auto& k : column_extras(s.table, col))
                            if (auto c = constraint_sql(k, true, ctx)) *spec += " " + *c;
                        statement(out, fmt::format("ALTER TABLE {} ADD COLUMN {}", table, *spec));
                        if (col.comment) column_comment(out, s.table, col.name, col.comment);
                    } else if constexpr (std::is_same_v<A, ir::DropColumn>) {
                        if (!at_least(3, 35)) return needs_rebuild(ctx, "dropping a column before SQLite 3.35");
                        statement(out, fmt::format("ALTER TABLE {} DROP COLUMN {}", table, quote_identifier(a.column.name)));
                    } else if constexpr (std::is_same_v<A, ir::RenameColumn>) {
                        if (!at_least(3, 25)) return needs_rebuild(ctx, "renaming a column before SQLite 3.25");
                        statement(out, fmt::format("ALTER TABLE {} RENAME COLUMN {} TO {}", table, quote_identifier(a.column),
                                                   quote_identifier(a.new_name)));
                    } else if constexpr (std::is_same_v<A, ir::AlterColumnType>) {
                        needs_rebuild(ctx, "changing a column's type");
                    } else if constexpr (std::is_same_v<A, ir::SetNullable>) {
                        needs_rebuild(ctx, "changing a column's nullability");
                    } else if constexpr (std::is_same_v<A, ir::SetDefault>) {
                        needs_rebuild(ctx, "changing a column's default");
                    } else if constexpr (std::is_same_v<A, ir::SetColumnComment>) {
                        column_comment(out, s.table, a.column, a.comment);
                    } else if constexpr (std::is_same_v<A, ir::AddConstraint>) {
                        needs_rebuild(ctx, "adding a constraint");
                    } else if constexpr (std::is_same_v<A, ir::DropConstraint>) {
                        needs_rebuild(ctx, "dropping a constraint");
                    } else {
                        for (auto& piece : emit(action, ctx.diags)) out.push_back(std::move(piece));
                    }
                },
                action.node);
        }
    }

    // SQLite keeps no comments: they become SQL comments in the script.
    void table_comment(Out& out, const ir::ObjectName& t, const std::optional<std::string>& text) const override {
        comment(out, text ? fmt::format("comment on table {}: {}", qname(t), *text) : fmt::format("comment on table {} removed", qname(t)));
    }
    void column_comment(Out& out, const ir::ObjectName& t, const std::string& column,
                        const std::optional<std::string>& text) const override {
        comment(out, text ? fmt::format("comment on column {}.{}: {}", qname(t), quote_identifier(column), *text)
                          : fmt::format("comment on column {}.{} removed", qname(t), quote_identifier(column)));
    }

    // SQLite puts the schema on the index name, never on the table.
    std::pair<std::string, std::string> index_and_table(const ir::Index& index) const override {
        return {qname(index.name), quote_identifier(index.table.name)};
    }

    // Enums are VARCHAR + CHECK on SQLite: the type itself is bookkeeping.
    void create_enum(Out& out, const ir::CreateEnum& s, const EmitContext&) const override {
        std::vector<std::string> labels;
        for (const auto& l : s.type.labels) labels.push_back(render_string_literal(l));
        comment(out, fmt::format("enum {} ({}): columns of this type are VARCHAR with a CHECK on SQLite", qname(s.type.name),
                                 fmt::join(labels, ", ")));
    }
    void add_enum_value(Out& out, const ir::AddEnumValue& s, const EmitContext& ctx) const override {
        for (const auto& t : s.tables)
            for (const auto& col : t.columns)
                if (col.type.kind == ir::Type::Kind::Enum && col.type.enum_name == s.type)
                    return needs_rebuild(ctx, fmt::format("adding an enum value used by column {}.{}", t.name.display(), col.name));
        comment(out, fmt::format("enum {}: added value {}", qname(s.type), render_string_literal(s.value)));
    }
    void drop_enum(Out& out, const ir::DropEnum& s, const EmitContext&) const override {
        comment(out, fmt::format("enum {} dropped (nothing to do on SQLite)", qname(s.type.name)));
    }

    void create_schema(Out&, const ir::CreateSchema&, const EmitContext& ctx) const override {
        ctx.diags.error(ctx.where, "sqlite has no schemas: `create schema` cannot be compiled for it")
            .notes.push_back({std::nullopt, "attach a database instead: `execute postgresql $$ CREATE SCHEMA ... $$ sqlite $$ ATTACH ... $$`"});
    }
    void drop_schema(Out&, const ir::DropSchema&, const EmitContext& ctx) const override {
        ctx.diags.error(ctx.where, "sqlite has no schemas: `drop schema` cannot be compiled for it")
            .notes.push_back({std::nullopt, "use `execute postgresql $$ DROP SCHEMA ... $$ sqlite $$ DETACH ... $$`"});
    }
};

}  // namespace

std::unique_ptr<Dialect> make_sqlite_dialect(const DialectOptions& options) {
    return std::make_unique<SqliteDialect>(options);
}

}  // namespace migc
