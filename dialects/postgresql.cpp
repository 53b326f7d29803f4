// PostgreSQL: types, literals and the statements whose SQL is PostgreSQL's own.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "compiler/naming.hpp"
#include "dialects/sql_dialect.hpp"

namespace migc {
namespace {

// PostgreSQL's reserved key words (SQL Key Words appendix, "reserved" and
// "reserved (can be function or type)"), as SQLAlchemy quotes them.
constexpr std::array kReserved{
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
    "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint",
    "create", "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
    "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
    "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike",
    "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading", "left", "like",
    "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or",
    "order", "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
    "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to",
    "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window",
    "with"};

class PostgreSqlDialect final : public SqlDialect {
public:
    using SqlDialect::SqlDialect;

    std::string_view name() const override { return "postgresql"; }
    std::string header_target() const override { return fmt::format("postgresql {}", options_.postgresql_major); }
    std::string run_hint() const override { return "psql -v ON_ERROR_STOP=1 -f script.sql"; }

protected:
    bool is_reserved(std::string_view w) const override {
        return std::find(kReserved.begin(), kReserved.end(), w) != kReserved.end();
    }
    std::string render_boolean(bool v) const override { return v ? "true" : "false"; }
    std::string render_typed_literal(const ast::Literal& lit) const override {
        std::string_view prefix = "TIMESTAMP WITH TIME ZONE";
        switch (lit.kind) {
            case ast::LiteralKind::Date: prefix = "DATE"; break;
            case ast::LiteralKind::Time: prefix = "TIME"; break;
            case ast::LiteralKind::Timestamp: prefix = "TIMESTAMP"; break;
            default: break;
        }
        return fmt::format("{} {}", prefix, render_string_literal(lit.text));
    }
    std::string render_bytes(std::string_view hex) const override { return fmt::format("'\\x{}'::bytea", hex); }

    std::optional<std::string> render_type(const ast::Type& t, const EmitContext& ctx) const override {
        using K = ast::Type::Kind;
        switch (t.kind) {
            case K::SmallInt: return "SMALLINT";
            case K::Integer: return "INTEGER";
            case K::BigInt: return "BIGINT";
            case K::String: return t.length ? fmt::format("VARCHAR({})", *t.length) : "VARCHAR";
            case K::Text: return "TEXT";
            case K::Boolean: return "BOOLEAN";
            case K::Numeric:
                if (t.precision && t.scale) return fmt::format("NUMERIC({}, {})", *t.precision, *t.scale);
                if (t.precision) return fmt::format("NUMERIC({})", *t.precision);
                return "NUMERIC";
            case K::Real: return "REAL";
            case K::Double: return "DOUBLE PRECISION";
            case K::Date: return "DATE";
            case K::Time: return "TIME";
            case K::Timestamp: return "TIMESTAMP WITHOUT TIME ZONE";
            case K::TimestampTz: return "TIMESTAMP WITH TIME ZONE";
            case K::Uuid: return "UUID";
            case K::Json: return "JSON";
            case K::Jsonb: return "JSONB";
            case K::Bytes: return "BYTEA";
            case K::Named:
                if (!enum_labels(t, ctx)) return std::nullopt;
                return qname(t.named);
            case K::Raw: return raw_type(t, ctx);
        }
        return std::nullopt;
    }

    const std::optional<std::string>& raw_for_dialect(const std::optional<std::string>& postgresql,
                                                     const std::optional<std::string>&) const override {
        return postgresql;
    }

    // Each action is its own ALTER TABLE, as Alembic writes them; the batch
    // runs in the script's transaction.
    void alter_table(Out& out, const ast::AlterTable& s, const EmitContext& ctx) const override {
        const std::string table = qname(s.table);
        for (const auto& action : s.actions) {
            std::visit(
                [&](const auto& a) {
                    using A = std::decay_t<decltype(a)>;
                    if constexpr (std::is_same_v<A, ast::AddColumn>) {
                        auto c = column_sql(a.column, s.table, ctx);
                        if (!c) return;
                        std::string spec = c->spec;
                        if (a.column.primary_key)
                            spec += fmt::format(" CONSTRAINT {} PRIMARY KEY",
                                                quote_identifier(naming::primary_key(s.table.name.text)));
                        for (const auto& k : c->constraints) spec += " " + k.column_form;
                        statement(out, fmt::format("ALTER TABLE {} ADD COLUMN {}", table, spec));
                        if (a.column.comment) comment_on_column(out, {s.table, a.column.name, *a.column.comment}, ctx);
                    } else if constexpr (std::is_same_v<A, ast::DropColumn>) {
                        statement(out, fmt::format("ALTER TABLE {} DROP COLUMN {}", table, ident(a.column)));
                    } else if constexpr (std::is_same_v<A, ast::RenameColumn>) {
                        statement(out, fmt::format("ALTER TABLE {} RENAME COLUMN {} TO {}", table, ident(a.column),
                                                   ident(a.new_name)));
                    } else if constexpr (std::is_same_v<A, ast::AlterColumnType>) {
                        auto type = render_type(a.type, ctx);
                        if (!type) return;
                        std::string text = fmt::format("ALTER TABLE {} ALTER COLUMN {} TYPE {}", table, ident(a.column), *type);
                        if (a.using_expr) {
                            auto u = expr(*a.using_expr, ctx);
                            if (!u) return;
                            text += " USING " + *u;
                        }
                        statement(out, text);
                    } else if constexpr (std::is_same_v<A, ast::AlterColumnNullability>) {
                        statement(out, fmt::format("ALTER TABLE {} ALTER COLUMN {} {} NOT NULL", table, ident(a.column),
                                                   a.nullable ? "DROP" : "SET"));
                    } else if constexpr (std::is_same_v<A, ast::AlterColumnDefault>) {
                        if (!a.value) {
                            statement(out, fmt::format("ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT", table, ident(a.column)));
                            return;
                        }
                        auto d = default_clause(*a.value, ctx);
                        if (!d) return;
                        statement(out, fmt::format("ALTER TABLE {} ALTER COLUMN {} SET DEFAULT {}", table, ident(a.column), *d));
                    } else if constexpr (std::is_same_v<A, ast::AlterColumnComment>) {
                        comment_on_column(out, {s.table, a.column, a.comment}, ctx);
                    } else if constexpr (std::is_same_v<A, ast::AddConstraint>) {
                        auto k = table_constraint(a.constraint, s.table, ctx);
                        if (k) statement(out, fmt::format("ALTER TABLE {} ADD {}", table, *k));
                    } else if constexpr (std::is_same_v<A, ast::DropConstraint>) {
                        statement(out, fmt::format("ALTER TABLE {} DROP CONSTRAINT {}", table, ident(a.name)));
                    }
                },
                action.node);
        }
    }

    void comment_on_table(Out& out, const ast::CommentOnTable& s, const EmitContext&) const override {
        statement(out, fmt::format("COMMENT ON TABLE {} IS {}", qname(s.table), render_string_literal(s.comment.text)));
    }
    void comment_on_column(Out& out, const ast::CommentOnColumn& s, const EmitContext&) const override {
        statement(out, fmt::format("COMMENT ON COLUMN {}.{} IS {}", qname(s.table), ident(s.column),
                                   render_string_literal(s.comment.text)));
    }

    void create_index(Out& out, const ast::CreateIndex& s, const EmitContext& ctx) const override {
        std::vector<std::string> elements;
        for (const auto& el : s.elements) {
            std::string text;
            if (el.column) text = ident(*el.column);
            else if (auto e = expr(*el.expr, ctx)) text = "(" + *e + ")";
            else return;
            if (el.descending) text += *el.descending ? " DESC" : " ASC";
            elements.push_back(text);
        }
        // PostgreSQL puts an index in its table's schema: the name is never qualified here.
        std::string text = fmt::format("CREATE {}INDEX {}{}{} ON {} ({})", s.unique ? "UNIQUE " : "",
                                       s.concurrently ? "CONCURRENTLY " : "", s.if_not_exists ? "IF NOT EXISTS " : "",
                                       ident(s.name.name), qname(s.table), fmt::join(elements, ", "));
        if (s.where) {
            auto w = expr(*s.where, ctx);
            if (!w) return;
            text += " WHERE " + *w;
        }
        statement(out, text, s.concurrently);
    }
    void drop_index(Out& out, const ast::DropIndex& s, const EmitContext&) const override {
        statement(out,
                  fmt::format("DROP INDEX {}{}{}", s.concurrently ? "CONCURRENTLY " : "", s.if_exists ? "IF EXISTS " : "",
                              qname(s.name)),
                  s.concurrently);
    }

    void create_enum(Out& out, const ast::CreateEnum& s, const EmitContext&) const override {
        std::vector<std::string> labels;
        for (const auto& l : s.labels) labels.push_back(render_string_literal(l.text));
        statement(out, fmt::format("CREATE TYPE {} AS ENUM ({})", qname(s.name), fmt::join(labels, ", ")));
    }
    void alter_enum_add_value(Out& out, const ast::AlterEnumAddValue& s, const EmitContext&) const override {
        std::string text = fmt::format("ALTER TYPE {} ADD VALUE {}", qname(s.name), render_string_literal(s.value.text));
        if (s.before) text += " BEFORE " + render_string_literal(s.before->text);
        if (s.after) text += " AFTER " + render_string_literal(s.after->text);
        // Before PostgreSQL 12, ADD VALUE cannot run inside a transaction block.
        statement(out, text, options_.postgresql_major < 12);
    }
    void drop_type(Out& out, const ast::DropType& s, const EmitContext&) const override {
        statement(out, fmt::format("DROP TYPE {}", qname(s.name)));
    }

    void create_schema(Out& out, const ast::CreateSchema& s, const EmitContext&) const override {
        statement(out, fmt::format("CREATE SCHEMA {}{}", s.if_not_exists ? "IF NOT EXISTS " : "", ident(s.name)));
    }
    void drop_schema(Out& out, const ast::DropSchema& s, const EmitContext&) const override {
        statement(out, fmt::format("DROP SCHEMA {}{}{}", s.if_exists ? "IF EXISTS " : "", ident(s.name),
                                   s.cascade ? " CASCADE" : ""));
    }

    // `batch N`: a DO block that walks the table in primary-key order, N rows
    // at a time (keyset pagination: each row is visited once, whatever the SET
    // does to the WHERE), until no row is left.
    void update(Out& out, const ast::Update& s, const EmitContext& ctx) const override {
        std::vector<std::string> sets;
        for (const auto& a : s.assignments) {
            auto v = expr(a.value, ctx);
            if (!v) return;
            sets.push_back(fmt::format("{} = {}", ident(a.column), *v));
        }
        std::optional<std::string> where;
        if (s.where && !(where = expr(*s.where, ctx))) return;
        std::string table = qname(s.table);
        if (!s.batch) {
            statement(out, fmt::format("UPDATE {} SET {}{}", table, fmt::join(sets, ", "), where ? " WHERE " + *where : ""));
            return;
        }
        const TableModel* model = nullptr;
        if (auto it = ctx.schema.tables.find(qualified_key(s.table)); it != ctx.schema.tables.end()) model = &it->second;
        if (!model || model->primary_key.empty()) {
            ctx.diags.error(at(ctx, s.table.span), fmt::format("`batch` needs the primary key of '{}', which is not known at this revision",
                                                               qualified_key(s.table)))
                .notes.push_back({std::nullopt, "declare the table (with a primary key) in an earlier revision, or drop `batch`"});
            return;
        }
        std::vector<std::string> keys, lasts, declares;
        for (std::size_t i = 0; i < model->primary_key.size(); ++i) {
            const ColumnModel* col = model->find_column(model->primary_key[i]);
            auto type = col ? render_type(col->type, ctx) : std::nullopt;
            if (!type) return;
            keys.push_back(quote_identifier(model->primary_key[i]));
            lasts.push_back(fmt::format("_migc_last_{}", i + 1));
            declares.push_back(fmt::format("    _migc_last_{} {};\n", i + 1, *type));
        }
        std::string key = fmt::format("{}", fmt::join(keys, ", "));
        std::string last = fmt::format("{}", fmt::join(lasts, ", "));
        std::string filter = fmt::format("(_migc_last_1 IS NULL OR ({}) > ({}))", key, last);
        if (where) filter = fmt::format("({}) AND {}", *where, filter);
        std::vector<std::string> descending;
        for (const auto& k : keys) descending.push_back(k + " DESC");
        statement(out, fmt::format("DO $migc$\n"
                                   "#variable_conflict use_column\n"
                                   "DECLARE\n"
                                   "{0}"
                                   "BEGIN\n"
                                   "    LOOP\n"
                                   "        WITH _migc_batch AS (\n"
                                   "            SELECT {1} FROM {2} WHERE {3} ORDER BY {1} LIMIT {4}\n"
                                   "        ), _migc_update AS (\n"
                                   "            UPDATE {2} SET {5} WHERE ({1}) IN (SELECT {1} FROM _migc_batch)\n"
                                   "        )\n"
                                   "        SELECT {1} INTO {6} FROM _migc_batch ORDER BY {7} LIMIT 1;\n"
                                   "        EXIT WHEN NOT FOUND;\n"
                                   "    END LOOP;\n"
                                   "END\n"
                                   "$migc$",
                                   fmt::join(declares, ""), key, table, filter, *s.batch, fmt::join(sets, ", "), last,
                                   fmt::join(descending, ", ")));
    }
};

}  // namespace

std::unique_ptr<Dialect> make_postgresql_dialect(const DialectOptions& options) {
    return std::make_unique<PostgreSqlDialect>(options);
}

}  // namespace migc
