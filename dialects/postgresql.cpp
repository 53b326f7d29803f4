// PostgreSQL: types, literals and the statements whose SQL is PostgreSQL's own.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <unordered_set>

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

// Does an expression (or raw text the user wrote) name the string `label`?
bool mentions(const ir::Expr& e, std::string_view label, std::string_view quoted) {
    if (e.kind == ir::Expr::Kind::Literal && e.lit.kind == ir::LiteralKind::String && e.lit.text == label) return true;
    for (const auto* raw : {&e.raw_all, &e.raw_postgresql})
        if (*raw && (*raw)->find(quoted) != std::string::npos) return true;
    return std::any_of(e.args.begin(), e.args.end(), [&](const ir::Expr& a) { return mentions(a, label, quoted); });
}

bool mentions(const Box<ir::Expr>& e, std::string_view label, std::string_view quoted) {
    return e && mentions(*e, label, quoted);
}

bool mentions(const ir::Column& c, std::string_view label, std::string_view quoted) {
    return mentions(c.default_value, label, quoted);
}

bool mentions(const std::vector<ir::Constraint>& ks, std::string_view label, std::string_view quoted) {
    return std::any_of(ks.begin(), ks.end(), [&](const ir::Constraint& k) { return mentions(k.check, label, quoted); });
}

// Does an op use the string `label` anywhere a value goes (a literal, a
// default, a check, an index predicate, a parameter, raw text)?
bool op_mentions(const ir::Op& op, std::string_view label, std::string_view quoted) {
    return std::visit(
        [&](const auto& s) -> bool {
            using S = std::decay_t<decltype(s)>;
            auto any_column = [&](const std::vector<ir::Column>& cols) {
                return std::any_of(cols.begin(), cols.end(), [&](const ir::Column& c) { return mentions(c, label, quoted); });
            };
            if constexpr (std::is_same_v<S, ir::CreateTable>)
                return any_column(s.table.columns) || mentions(s.table.constraints, label, quoted);
            else if constexpr (std::is_same_v<S, ir::AddColumn>)
                return mentions(s.column, label, quoted) || mentions(s.constraints, label, quoted);
            else if constexpr (std::is_same_v<S, ir::AlterColumnType>) return mentions(s.using_expr, label, quoted);
            else if constexpr (std::is_same_v<S, ir::SetDefault>) return mentions(s.value, label, quoted);
            else if constexpr (std::is_same_v<S, ir::AddConstraint>) return mentions(s.constraint.check, label, quoted);
            else if constexpr (std::is_same_v<S, ir::CreateIndex>) {
                for (const auto& el : s.index.elements)
                    if (mentions(el.expr, label, quoted)) return true;
                return mentions(s.index.where, label, quoted);
            } else if constexpr (std::is_same_v<S, ir::Insert>) {
                for (const auto& row : s.rows)
                    for (const auto& v : row)
                        if (mentions(v, label, quoted)) return true;
                return false;
            } else if constexpr (std::is_same_v<S, ir::Update>) {
                for (const auto& a : s.sets)
                    if (mentions(a.value, label, quoted)) return true;
                return mentions(s.where, label, quoted);
            } else if constexpr (std::is_same_v<S, ir::Delete>) return mentions(s.where, label, quoted);
            else if constexpr (std::is_same_v<S, ir::Execute>) {
                for (const auto& a : s.params)
                    if (mentions(a.value, label, quoted)) return true;
                for (const auto* raw : {&s.all, &s.postgresql})
                    if (*raw && (*raw)->find(quoted) != std::string::npos) return true;
                return false;
            } else if constexpr (std::is_same_v<S, ir::AlterTable>) {
                return std::any_of(s.actions.begin(), s.actions.end(),
                                   [&](const ir::Op& a) { return op_mentions(a, label, quoted); });
            } else {
                return false;
            }
        },
        op.node);
}

EngineFacts postgresql_facts(const DialectOptions& o) {
    EngineFacts f;
    f.name = "postgresql";
    f.target = o.postgresql_minor ? fmt::format("postgresql {}.{}", o.postgresql_major, o.postgresql_minor)
                                  : fmt::format("postgresql {}", o.postgresql_major);
    f.run_hint = "psql -v ON_ERROR_STOP=1 -f script.sql";
    f.max_identifier_bytes = 63;  // NAMEDATALEN - 1
    f.builtin_schemas = {"public"};
    // What the script's bytes mean must not depend on the server's or the
    // client's defaults (as pg_dump does).
    f.session_setup = {"SET client_encoding = 'UTF8'", "SET standard_conforming_strings = on"};
    f.dollar_quotes = true;
    f.escape_strings = true;
    return f;
}

class PostgreSqlDialect final : public SqlDialect {
public:
    explicit PostgreSqlDialect(const DialectOptions& options) : SqlDialect(options, postgresql_facts(options)) {}

    // CONCURRENTLY cannot run in a transaction block; ADD VALUE could not
    // before 12; a batched update commits after every batch (11+), so it runs
    // in autocommit.
    Placement placement(const ir::Op& op) const override {
        bool outside = std::visit(
            [&](const auto& s) {
                using S = std::decay_t<decltype(s)>;
                if constexpr (std::is_same_v<S, ir::CreateIndex> || std::is_same_v<S, ir::DropIndex>) return s.concurrently;
                else if constexpr (std::is_same_v<S, ir::AddEnumValue>) return !add_value_in_transaction();
                else if constexpr (std::is_same_v<S, ir::Update>) return s.batch.has_value() && commits_in_do();
                else return false;
            },
            op.node);
        return outside ? Placement::OutsideTransaction : Placement::InTransaction;
    }

    // A label added in a transaction cannot be used in it ("unsafe use of new
    // value"): commit right after the ALTER TYPE when a later op uses it.
    bool may_commit_after(const ir::Op& earlier) const override {
        return std::holds_alternative<ir::AddEnumValue>(earlier.node) && add_value_in_transaction();
    }
    std::optional<std::string> commit_between(const ir::Op& earlier, const ir::Op& later) const override {
        const auto* add = std::get_if<ir::AddEnumValue>(&earlier.node);
        if (!add || !add_value_in_transaction()) return std::nullopt;
        std::string quoted = render_string_literal(add->value);
        if (!op_mentions(later, add->value, quoted)) return std::nullopt;
        return fmt::format("{} is used below in this transaction, which PostgreSQL rejects for a value added in it "
                           "(\"unsafe use of new value\"): commit first",
                           quoted);
    }

protected:
    bool add_value_in_transaction() const { return options_.postgresql_major >= 12; }
    bool commits_in_do() const { return options_.postgresql_major >= 11; }
    bool is_reserved(std::string_view w) const override {
        // Asked for every identifier of the script: a hash set, not a scan.
        static const std::unordered_set<std::string_view> words(kReserved.begin(), kReserved.end());
        return words.contains(w);
    }
    std::optional<std::string> column_spec(const ir::Column& col, const EmitContext& ctx) const override {
        if (col.identity && options_.postgresql_major < 10) {
            ctx.diags.error(DiagKind::Unsupported, ctx.where, fmt::format("identity column '{}' needs PostgreSQL 10 or later, and the target is {}",
                                                   col.name, facts_.target))
                .notes.push_back({std::nullopt, "raise postgresql_version in migc.ini, or use a raw type: postgresql(bigserial) sqlite(integer)"});
            return std::nullopt;
        }
        return SqlDialect::column_spec(col, ctx);
    }
    std::string render_boolean(bool v) const override { return v ? "true" : "false"; }
    std::string render_typed_literal(const ir::Literal& lit) const override {
        std::string_view prefix = "TIMESTAMP WITH TIME ZONE";
        switch (lit.kind) {
            case ir::LiteralKind::Date: prefix = "DATE"; break;
            case ir::LiteralKind::Time: prefix = "TIME"; break;
            case ir::LiteralKind::Timestamp: prefix = "TIMESTAMP"; break;
            default: break;
        }
        return fmt::format("{} {}", prefix, render_string_literal(lit.text));
    }
    std::string render_bytes(std::string_view hex) const override { return fmt::format("'\\x{}'::bytea", hex); }

    std::string dialect_type(const ir::Type& t) const override {
        using K = ir::Type::Kind;
        switch (t.kind) {
            case K::Double: return "DOUBLE PRECISION";
            case K::Timestamp: return "TIMESTAMP WITHOUT TIME ZONE";
            case K::TimestampTz: return "TIMESTAMP WITH TIME ZONE";
            case K::Uuid: return "UUID";
            case K::Jsonb: return "JSONB";
            case K::Bytes: return "BYTEA";
            case K::Enum: return qname(t.enum_name());
            default: return {};  // written by SqlDialect::render_type
        }
    }

    const std::optional<std::string>& raw_for_dialect(const std::optional<std::string>& postgresql,
                                                     const std::optional<std::string>&) const override {
        return postgresql;
    }

    // Each action is its own ALTER TABLE, as Alembic writes them; the batch
    // runs in the script's transaction.
    void alter_table(Out& out, const ir::AlterTable& s, const EmitContext& outer) const override {
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
                        auto type = render_type(a.type, ctx);
                        if (!type) return;
                        std::string text = fmt::format("ALTER TABLE {} ALTER COLUMN {} TYPE {}", table, quote_identifier(a.column), *type);
                        if (a.using_expr) {
                            auto u = expr(*a.using_expr, ctx);
                            if (!u) return;
                            text += " USING " + *u;
                        }
                        statement(out, text);
                    } else if constexpr (std::is_same_v<A, ir::SetNullable>) {
                        statement(out, fmt::format("ALTER TABLE {} ALTER COLUMN {} {} NOT NULL", table, quote_identifier(a.column),
                                                   a.nullable ? "DROP" : "SET"));
                    } else if constexpr (std::is_same_v<A, ir::SetDefault>) {
                        if (!a.value) {
                            statement(out, fmt::format("ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT", table, quote_identifier(a.column)));
                            return;
                        }
                        auto d = default_clause(*a.value, ctx);
                        if (!d) return;
                        statement(out, fmt::format("ALTER TABLE {} ALTER COLUMN {} SET DEFAULT {}", table, quote_identifier(a.column), *d));
                    } else if constexpr (std::is_same_v<A, ir::SetColumnComment>) {
                        column_comment(out, s.table, a.column, a.comment);
                    } else if constexpr (std::is_same_v<A, ir::AddConstraint>) {
                        if (auto k = constraint_sql(a.constraint, false, ctx)) statement(out, fmt::format("ALTER TABLE {} ADD {}", table, *k));
                    } else if constexpr (std::is_same_v<A, ir::DropConstraint>) {
                        statement(out, fmt::format("ALTER TABLE {} DROP CONSTRAINT {}", table, quote_identifier(a.constraint.name)));
                    } else {
                        for (auto& piece : emit(action, ctx.diags)) out.push_back(std::move(piece));
                    }
                },
                action.node);
        }
    }

    void table_comment(Out& out, const ir::ObjectName& table, const std::optional<std::string>& text) const override {
        statement(out, fmt::format("COMMENT ON TABLE {} IS {}", qname(table), text ? render_string_literal(*text) : "NULL"));
    }
    void column_comment(Out& out, const ir::ObjectName& table, const std::string& column,
                        const std::optional<std::string>& text) const override {
        statement(out, fmt::format("COMMENT ON COLUMN {}.{} IS {}", qname(table), quote_identifier(column),
                                   text ? render_string_literal(*text) : "NULL"));
    }

    bool has_concurrent_indexes() const override { return true; }
    // PostgreSQL puts an index in its table's schema: the name is never qualified.
    std::pair<std::string, std::string> index_and_table(const ir::Index& index) const override {
        return {quote_identifier(index.name.name), qname(index.table)};
    }

    void create_enum(Out& out, const ir::CreateEnum& s, const EmitContext&) const override {
        std::vector<std::string> labels;
        for (const auto& l : s.type.labels) labels.push_back(render_string_literal(l));
        statement(out, fmt::format("CREATE TYPE {} AS ENUM ({})", qname(s.type.name), fmt::join(labels, ", ")));
    }
    // IF NOT EXISTS (9.3+): when the label was committed on its own (outside
    // the transaction, or before a use of it) and a later statement failed,
    // running the script again does not stop here.
    void add_enum_value(Out& out, const ir::AddEnumValue& s, const EmitContext&) const override {
        bool if_not_exists = options_.postgresql_major > 9 || (options_.postgresql_major == 9 && options_.postgresql_minor >= 3);
        std::string text = fmt::format("ALTER TYPE {} ADD VALUE {}{}", qname(s.type), if_not_exists ? "IF NOT EXISTS " : "",
                                       render_string_literal(s.value));
        if (s.before) text += " BEFORE " + render_string_literal(*s.before);
        if (s.after) text += " AFTER " + render_string_literal(*s.after);
        statement(out, text);
    }
    void drop_enum(Out& out, const ir::DropEnum& s, const EmitContext&) const override {
        statement(out, fmt::format("DROP TYPE {}", qname(s.type.name)));
    }

    void create_schema(Out& out, const ir::CreateSchema& s, const EmitContext&) const override {
        statement(out, fmt::format("CREATE SCHEMA {}{}", s.if_not_exists ? "IF NOT EXISTS " : "", quote_identifier(s.name)));
    }
    void drop_schema(Out& out, const ir::DropSchema& s, const EmitContext&) const override {
        statement(out, fmt::format("DROP SCHEMA {}{}{}", s.if_exists ? "IF EXISTS " : "", quote_identifier(s.name),
                                   s.cascade ? " CASCADE" : ""));
    }

    // `batch N`: a DO block that walks the table in primary-key order, N rows
    // at a time (keyset pagination: each row is visited once, whatever the SET
    // does to the WHERE), until no row is left. From PostgreSQL 11 it commits
    // after every batch, so that no lock is held longer than one batch
    // (placement() runs it outside the script's transaction).
    void update_in_batches(Out& out, const ir::Update& s, const std::vector<std::string>& sets,
                           const std::optional<std::string>& where, const EmitContext& ctx) const override {
        std::string table = qname(s.table);
        std::vector<std::string> keys, lasts, declares;
        for (std::size_t i = 0; i < s.key.size(); ++i) {
            auto type = render_type(s.key[i].type, ctx);
            if (!type) return;
            keys.push_back(quote_identifier(s.key[i].name));
            lasts.push_back(fmt::format("_migc_last_{}", i + 1));
            declares.push_back(fmt::format("    _migc_last_{} {};\n", i + 1, *type));
        }
        std::string key = fmt::format("{}", fmt::join(keys, ", "));
        std::string last = fmt::format("{}", fmt::join(lasts, ", "));
        std::string filter = fmt::format("(_migc_last_1 IS NULL OR ({}) > ({}))", key, last);
        if (where) filter = fmt::format("({}) AND {}", *where, filter);
        std::vector<std::string> descending;
        for (const auto& k : keys) descending.push_back(k + " DESC");
        if (!commits_in_do())
            comment(out, fmt::format("PostgreSQL {} cannot COMMIT inside a DO block: these batches run in the script's "
                                     "transaction and keep their locks until it ends",
                                     options_.postgresql_major));
        std::string body = fmt::format("\n"
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
                                       "{8}"
                                       "    END LOOP;\n"
                                       "END\n",
                                       fmt::join(declares, ""), key, table, filter, *s.batch, fmt::join(sets, ", "), last,
                                       fmt::join(descending, ", "), commits_in_do() ? "        COMMIT;\n" : "");
        std::string tag = dollar_tag(body);
        statement(out, fmt::format("DO {0}{1}{0}", tag, body));
    }

    // $migc$, or $migc_N$ with the first N that the body does not hold: a
    // literal in the SET or WHERE cannot end the block early.
    static std::string dollar_tag(std::string_view body) {
        std::string tag = "$migc$";
        for (int n = 1; body.find(tag) != std::string_view::npos; ++n) tag = fmt::format("$migc_{}$", n);
        return tag;
    }
};

}  // namespace

std::unique_ptr<Dialect> make_postgresql_dialect(const DialectOptions& options) {
    return std::make_unique<PostgreSqlDialect>(options);
}

}  // namespace migc
