// The SQL shared by the dialects: expressions, literals, identifiers, CREATE
// TABLE, INSERT/DELETE, raw text with bound parameters, the framing text
// (header, version table, statement terminators), and the dialect registry.
#include "dialects/sql_dialect.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>

#include "compiler/ascii.hpp"

namespace migc {

namespace {

// The registry: every dialect by name, with the other names it answers to.
struct RegisteredDialect {
    std::string_view name;
    std::vector<std::string_view> aliases;
    std::unique_ptr<Dialect> (*make)(const DialectOptions&);
};

const std::vector<RegisteredDialect>& registry() {
    static const std::vector<RegisteredDialect> dialects{
        {"postgresql", {"postgres"}, make_postgresql_dialect},
        {"sqlite", {}, make_sqlite_dialect},
    };
    return dialects;
}

const RegisteredDialect* find_registered(std::string_view name) {
    for (const auto& d : registry())
        if (d.name == name || std::find(d.aliases.begin(), d.aliases.end(), name) != d.aliases.end()) return &d;
    return nullptr;
}

}  // namespace

std::optional<std::string> canonical_dialect_name(std::string_view name) {
    const RegisteredDialect* d = find_registered(name);
    if (!d) return std::nullopt;
    return std::string(d->name);
}

std::vector<std::string> dialect_names() {
    std::vector<std::string> names;
    for (const auto& d : registry()) names.emplace_back(d.name);
    return names;
}

std::unique_ptr<Dialect> make_dialect(const DialectOptions& options, Diagnostics& diags) {
    if (const RegisteredDialect* d = find_registered(options.name)) return d->make(options);
    diags.error(DiagKind::Config, std::nullopt, fmt::format("unknown dialect '{}'", options.name))
        .notes.push_back({std::nullopt, fmt::format("known dialects: {}", fmt::join(dialect_names(), ", "))});
    return nullptr;
}

namespace {

// Every list of every statement is joined here, appended into one string:
// `text` makes each part's text (by default the part itself).
template <class Parts, class Text = std::identity>
std::string join(const Parts& parts, std::string_view sep, Text text = {}) {
    std::string out;
    bool first = true;
    for (const auto& part : parts) {
        if (!first) out.append(sep);
        out.append(text(part));
        first = false;
    }
    return out;
}

std::string_view trim(std::string_view s) {
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && ws(s.front())) s.remove_prefix(1);
    while (!s.empty() && ws(s.back())) s.remove_suffix(1);
    return s;
}

std::string_view ref_action(ir::RefAction a) {
    switch (a) {
        case ir::RefAction::NoAction: return "NO ACTION";
        case ir::RefAction::Restrict: return "RESTRICT";
        case ir::RefAction::Cascade: return "CASCADE";
        case ir::RefAction::SetNull: return "SET NULL";
        case ir::RefAction::SetDefault: return "SET DEFAULT";
    }
    return "NO ACTION";
}

}  // namespace

void SqlDialect::comment(Out& out, std::string_view text) { out.push_back({SqlStatement::Kind::Comment, sql_comment(text)}); }

std::string sql_comment(std::string_view text) {
    std::string lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        // PostgreSQL's scanner also ends a `--` comment at a CR: split there too.
        auto nl = text.find_first_of("\r\n", start);
        std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        if (!lines.empty()) lines += '\n';
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        lines += line.empty() ? "--" : "-- ";
        lines += line;
        if (nl == std::string_view::npos) break;
        start = nl + (text.compare(nl, 2, "\r\n") == 0 ? 2 : 1);
    }
    return lines;
}

// --- identifiers and literals -------------------------------------------------

namespace {

// `text` between two `q`, each `q` in it doubled; the runs between them are
// appended whole (every name and string of a script comes through here).
std::string enclose(std::string_view text, char q) {
    std::string out;
    out.reserve(text.size() + 2);
    out += q;
    for (std::size_t at; (at = text.find(q)) != std::string_view::npos; text.remove_prefix(at + 1))
        out.append(text.substr(0, at + 1)) += q;
    out.append(text) += q;
    return out;
}

}  // namespace

std::string SqlDialect::quote_identifier(std::string_view name) const {
    bool plain = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) plain = false;
    if (plain && !is_reserved(name)) return std::string(name);
    return enclose(name, '"');
}

std::string SqlDialect::render_string_literal(std::string_view text) const {
    // Both engines read '' as a quote and every other byte as itself
    // (PostgreSQL with standard_conforming_strings, the default since 9.1).
    return enclose(text, '\'');
}

std::string SqlDialect::literal(const ir::Literal& lit) const {
    using K = ir::LiteralKind;
    switch (lit.kind) {
        case K::String: return render_string_literal(lit.text);
        case K::Uuid: return render_uuid(lit.text);
        case K::Integer:
        case K::Decimal: return lit.text;
        case K::Boolean: return render_boolean(lit.text == "true");
        case K::Null: return "NULL";
        case K::Bytes: return render_bytes(lit.text);
        case K::Date:
        case K::Time:
        case K::Timestamp:
        case K::TimestampTz: return render_typed_literal(lit);
    }
    return "NULL";
}

std::string SqlDialect::qname(const ir::ObjectName& name) const {
    return name.schema.empty() ? quote_identifier(name.name) : quote_identifier(name.schema) + "." + quote_identifier(name.name);
}

std::string SqlDialect::column_list(const std::vector<std::string>& cols) const {
    return join(cols, ", ", [&](const std::string& c) { return quote_identifier(c); });
}

// --- expressions ----------------------------------------------------------------

std::optional<std::string> SqlDialect::raw_text(const std::optional<std::string>& all,
                                                const std::optional<std::string>& postgresql,
                                                const std::optional<std::string>& sqlite, std::optional<Location> where,
                                                const EmitContext& ctx, std::string_view what) const {
    if (all) return std::string(trim(*all));
    const auto& mine = raw_for_dialect(postgresql, sqlite);
    if (mine) return std::string(trim(*mine));
    ctx.diags.error(DiagKind::MissingDialectText, where, fmt::format("this {} has no text for {}", what, name()))
        .notes.push_back({std::nullopt, fmt::format("add `{}$$ ... $$` beside the other dialect's text", name())});
    return std::nullopt;
}

std::optional<std::string> SqlDialect::expr(const ir::Expr& e, const EmitContext& ctx) const {
    using K = ir::Expr::Kind;
    auto args = [&](std::size_t from) -> std::optional<std::vector<std::string>> {
        std::vector<std::string> parts;
        bool ok = true;
        // Raw text as an operand is parenthesised, so that `a and sql$$ b or c $$`
        // keeps the user's meaning.
        bool operands = e.kind != K::Call && e.kind != K::Paren && e.kind != K::Cast;
        for (std::size_t i = from; i < e.args.size(); ++i) {
            auto p = expr(e.args[i], ctx);
            if (!p) ok = false;
            else parts.push_back(operands && e.args[i].kind == K::Raw ? "(" + *p + ")" : std::move(*p));
        }
        if (!ok) return std::nullopt;
        return parts;
    };
    switch (e.kind) {
        case K::Literal: return literal(e.lit);
        case K::Column:
            return e.qualifier.empty() ? quote_identifier(e.column)
                                       : quote_identifier(e.qualifier) + "." + quote_identifier(e.column);
        case K::Paren: {
            auto inner = args(0);
            if (!inner) return std::nullopt;
            return fmt::format("({})", (*inner)[0]);
        }
        case K::Unary: {
            auto a = args(0);
            if (!a) return std::nullopt;
            const std::string& operand = (*a)[0];
            if (e.op == "not") return "NOT " + operand;
            // `- -5` must not become `--5`, which starts an SQL comment.
            return operand.starts_with('-') ? e.op + " " + operand : e.op + operand;
        }
        case K::Binary: {
            auto a = args(0);
            if (!a) return std::nullopt;
            std::string op = e.op;
            std::transform(op.begin(), op.end(), op.begin(), [](unsigned char c) { return std::toupper(c); });
            if (op == "!=") op = "<>";
            return fmt::format("{} {} {}", (*a)[0], op, (*a)[1]);
        }
        case K::IsNull: {
            auto a = args(0);
            if (!a) return std::nullopt;
            return fmt::format("{} IS {}NULL", (*a)[0], e.negated ? "NOT " : "");
        }
        case K::In: {
            auto a = args(0);
            if (!a) return std::nullopt;
            std::vector<std::string> items(a->begin() + 1, a->end());
            return fmt::format("{} {}IN ({})", (*a)[0], e.negated ? "NOT " : "", join(items, ", "));
        }
        case K::Between: {
            auto a = args(0);
            if (!a) return std::nullopt;
            return fmt::format("{} {}BETWEEN {} AND {}", (*a)[0], e.negated ? "NOT " : "", (*a)[1], (*a)[2]);
        }
        case K::Call: {
            if (e.op == "now") return "CURRENT_TIMESTAMP";
            if (e.op == "current_date") return "CURRENT_DATE";
            auto a = args(0);
            if (!a) return std::nullopt;
            return fmt::format("{}({})", e.op, join(*a, ", "));
        }
        case K::Cast: {
            auto a = args(0);
            auto t = render_type(*e.type, EmitContext{ctx.diags, e.where});
            if (!a || !t) return std::nullopt;
            return fmt::format("CAST({} AS {})", (*a)[0], *t);
        }
        case K::Raw: return raw_text(e.raw_all, e.raw_postgresql, e.raw_sqlite, e.where, ctx, "raw expression");
    }
    return std::nullopt;
}

// A default must be a literal, a CURRENT_* keyword or a parenthesised
// expression on SQLite; PostgreSQL accepts the same form.
std::optional<std::string> SqlDialect::default_clause(const ir::Expr& e, const EmitContext& ctx) const {
    auto text = expr(e, ctx);
    if (!text) return std::nullopt;
    using K = ir::Expr::Kind;
    bool bare = e.kind == K::Literal || e.kind == K::Paren ||
                (e.kind == K::Call && (e.op == "now" || e.op == "current_date")) ||
                (e.kind == K::Unary && e.op == "-" && e.args[0].kind == K::Literal);
    return bare ? *text : fmt::format("({})", *text);
}

std::optional<std::string> SqlDialect::render_expression(const ir::Expr& e, bool as_default, Diagnostics& diags) const {
    EmitContext ctx{diags, e.where.end ? std::optional<Location>(e.where) : std::nullopt};
    return as_default ? default_clause(e, ctx) : expr(e, ctx);
}

std::optional<std::string> SqlDialect::render_type(const ir::Type& t, const EmitContext& ctx) const {
    using K = ir::Type::Kind;
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
        case K::Date: return "DATE";
        case K::Time: return "TIME";
        case K::Json: return "JSON";
        case K::Raw: return raw_type(t, ctx);
        default: return dialect_type(t);
    }
}

std::optional<std::string> SqlDialect::raw_type(const ir::Type& type, const EmitContext& ctx) const {
    const auto& mine = raw_for_dialect(type.raw_postgresql(), type.raw_sqlite());
    if (mine) return *mine;
    ctx.diags.error(DiagKind::MissingDialectText, type.where.end ? std::optional<Location>(type.where) : ctx.where,
                    fmt::format("this raw type has no text for {}", name()))
        .notes.push_back({std::nullopt, fmt::format("add `{}(TYPE)` beside the other dialect's", name())});
    return std::nullopt;
}

// --- tables ---------------------------------------------------------------------

std::string SqlDialect::foreign_key_tail(const ir::Constraint& k) const {
    std::string out = "REFERENCES ";
    out.append(qname(k.ref_table)).append(" (").append(column_list(k.ref_columns)) += ')';
    if (k.on_delete) out += fmt::format(" ON DELETE {}", ref_action(*k.on_delete));
    if (k.on_update) out += fmt::format(" ON UPDATE {}", ref_action(*k.on_update));
    if (k.deferrable) out += k.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    return out;
}

std::optional<std::string> SqlDialect::column_spec(const ir::Column& col, const EmitContext& ctx) const {
    auto type = render_type(col.type, ctx);
    if (!type) return std::nullopt;
    std::string spec = quote_identifier(col.name);
    spec.append(" ").append(*type);
    if (col.default_value) {
        auto d = default_clause(*col.default_value, ctx);
        if (!d) return std::nullopt;
        spec += " DEFAULT " + *d;
    }
    if (col.identity) spec += identity_clause();
    if (!col.nullable) spec += " NOT NULL";
    return spec;
}

std::optional<std::string> SqlDialect::add_column_sql(const ir::AddColumn& a, const EmitContext& ctx) const {
    auto spec = column_spec(a.column, ctx);
    if (!spec) return std::nullopt;
    // Both engines take CHECK and REFERENCES as column constraints in ADD COLUMN.
    for (const auto& k : a.constraints)
        if (auto c = constraint_sql(k, true, ctx)) *spec += " " + *c;
        else return std::nullopt;
    for (const auto& k : column_extras(a.table, a.column))
        if (auto c = constraint_sql(k, true, ctx)) *spec += " " + *c;
        else return std::nullopt;
    return fmt::format("ALTER TABLE {} ADD COLUMN {}", qname(a.table), *spec);
}

std::string SqlDialect::drop_column_sql(const ir::DropColumn& a) const {
    return fmt::format("ALTER TABLE {} DROP COLUMN {}", qname(a.table), quote_identifier(a.column.name));
}

std::string SqlDialect::rename_column_sql(const ir::RenameColumn& a) const {
    return fmt::format("ALTER TABLE {} RENAME COLUMN {} TO {}", qname(a.table), quote_identifier(a.column),
                       quote_identifier(a.new_name));
}

std::optional<std::string> SqlDialect::constraint_sql(const ir::Constraint& k, bool column_form, const EmitContext& ctx) const {
    using K = ir::Constraint::Kind;
    std::string out = "CONSTRAINT ";
    out.append(quote_identifier(k.name)) += ' ';
    auto columns = [&] { out.append("(").append(column_list(k.columns)).append(")"); };
    switch (k.kind) {
        case K::PrimaryKey:
        case K::Unique:
            out.append(k.kind == K::PrimaryKey ? "PRIMARY KEY" : "UNIQUE");
            if (!column_form) {
                out += ' ';
                columns();
            }
            return out;
        case K::ForeignKey:
            if (!column_form) {
                out.append("FOREIGN KEY ");
                columns();
                out += ' ';
            }
            return out.append(foreign_key_tail(k));
        case K::Check: {
            auto e = expr(*k.check, ctx);
            if (!e) return std::nullopt;
            return out.append("CHECK (").append(*e).append(")");
        }
    }
    return std::nullopt;
}

std::optional<std::string> SqlDialect::create_table_sql(const ir::Table& table, std::string_view name_sql, bool if_not_exists,
                                                        const EmitContext& ctx) const {
    std::vector<std::string> lines, extras;
    bool ok = true;
    for (const auto& col : table.columns) {
        if (auto spec = column_spec(col, ctx)) lines.push_back(*spec);
        else ok = false;
        for (const auto& k : column_extras(table.name, col))
            if (auto c = constraint_sql(k, false, ctx)) extras.push_back(*c);
    }
    for (const auto& k : table.constraints) {
        // An identity column carries its own primary key where the dialect writes it inline.
        if (k.kind == ir::Constraint::Kind::PrimaryKey && k.columns.size() == 1 && identity_carries_primary_key() &&
            table.find_column(k.columns[0]) && table.find_column(k.columns[0])->identity)
            continue;
        if (auto c = constraint_sql(k, false, ctx)) lines.push_back(*c);
        else ok = false;
    }
    if (!ok) return std::nullopt;
    lines.insert(lines.end(), extras.begin(), extras.end());
    return fmt::format("CREATE TABLE {}{} (\n    {}\n)", if_not_exists ? "IF NOT EXISTS " : "", name_sql, join(lines, ",\n    "));
}

void SqlDialect::create_table(Out& out, const ir::CreateTable& s, const EmitContext& ctx) const {
    auto sql = create_table_sql(s.table, qname(s.table.name), s.if_not_exists, ctx);
    if (!sql) return;
    statement(out, *sql);
    if (s.table.comment) table_comment(out, s.table.name, s.table.comment);
    for (const auto& col : s.table.columns)
        if (col.comment) column_comment(out, s.table.name, col.name, col.comment);
}

void SqlDialect::drop_table(Out& out, const ir::DropTable& s, const EmitContext&) const {
    statement(out, fmt::format("DROP TABLE {}{}", s.if_exists ? "IF EXISTS " : "", qname(s.table.name)));
}

void SqlDialect::rename_table(Out& out, const ir::RenameTable& s, const EmitContext&) const {
    statement(out, fmt::format("ALTER TABLE {} RENAME TO {}", qname(s.table), quote_identifier(s.new_name)));
}

// --- indexes --------------------------------------------------------------------

std::optional<std::string> SqlDialect::create_index_sql(const ir::Index& index, bool concurrently, bool if_not_exists,
                                                        const EmitContext& ctx) const {
    std::vector<std::string> elements;
    for (const auto& el : index.elements) {
        std::string text;
        if (el.column) text = quote_identifier(*el.column);
        else if (auto e = expr(*el.expr, ctx)) text = "(" + *e + ")";
        else return std::nullopt;
        if (el.descending) text += *el.descending ? " DESC" : " ASC";
        elements.push_back(text);
    }
    auto [name, table] = index_and_table(index);
    std::string text = fmt::format("CREATE {}INDEX {}{}{} ON {} ({})", index.unique ? "UNIQUE " : "",
                                   concurrently ? "CONCURRENTLY " : "", if_not_exists ? "IF NOT EXISTS " : "", name, table,
                                   join(elements, ", "));
    if (index.where) {
        auto w = expr(*index.where, ctx);
        if (!w) return std::nullopt;
        text += " WHERE " + *w;
    }
    return text;
}

void SqlDialect::create_index(Out& out, const ir::CreateIndex& s, const EmitContext& ctx) const {
    // Without CONCURRENTLY (SQLite) the index is built in the script's transaction.
    bool concurrently = s.concurrently && has_concurrent_indexes();
    if (auto text = create_index_sql(s.index, concurrently, s.if_not_exists, ctx)) statement(out, *text);
}

void SqlDialect::drop_index(Out& out, const ir::DropIndex& s, const EmitContext&) const {
    bool concurrently = s.concurrently && has_concurrent_indexes();
    statement(out, fmt::format("DROP INDEX {}{}{}", concurrently ? "CONCURRENTLY " : "", s.if_exists ? "IF EXISTS " : "",
                               index_name(s.index)));
}

// --- data -----------------------------------------------------------------------

void SqlDialect::insert(Out& out, const ir::Insert& s, const EmitContext& ctx) const {
    std::vector<std::string> rows;
    bool ok = true;
    for (const auto& row : s.rows) {
        std::vector<std::string> values;
        for (const auto& v : row) {
            if (auto text = expr(v, ctx)) values.push_back(*text);
            else ok = false;
        }
        rows.push_back(fmt::format("({})", join(values, ", ")));
    }
    if (!ok) return;
    std::string head = fmt::format("INSERT INTO {} ({}) VALUES", qname(s.table), column_list(s.columns));
    statement(out, rows.size() == 1 ? head + " " + rows[0] : head + "\n    " + join(rows, ",\n    "));
}

void SqlDialect::update(Out& out, const ir::Update& s, const EmitContext& ctx) const {
    std::vector<std::string> sets;
    for (const auto& a : s.sets) {
        auto v = expr(a.value, ctx);
        if (!v) return;
        sets.push_back(fmt::format("{} = {}", quote_identifier(a.column), *v));
    }
    std::optional<std::string> where;
    if (s.where && !(where = expr(*s.where, ctx))) return;
    if (s.batch) return update_in_batches(out, s, sets, where, ctx);
    statement(out, fmt::format("UPDATE {} SET {}{}", qname(s.table), join(sets, ", "), where ? " WHERE " + *where : ""));
}

void SqlDialect::update_in_batches(Out& out, const ir::Update& s, const std::vector<std::string>& sets,
                                   const std::optional<std::string>& where, const EmitContext&) const {
    statement(out, fmt::format("UPDATE {} SET {}{}", qname(s.table), join(sets, ", "), where ? " WHERE " + *where : ""));
}

void SqlDialect::delete_rows(Out& out, const ir::Delete& s, const EmitContext& ctx) const {
    std::string text = fmt::format("DELETE FROM {}", qname(s.table));
    if (s.where) {
        auto w = expr(*s.where, ctx);
        if (!w) return;
        text += " WHERE " + *w;
    }
    statement(out, text);
}

void SqlDialect::execute(Out& out, const ir::Execute& s, const EmitContext& ctx) const {
    if (!s.all && !raw_for_dialect(s.postgresql, s.sqlite)) {
        comment(out, fmt::format("execute: no {} text given; nothing to run here", name()));
        return;
    }
    auto text = raw_text(s.all, s.postgresql, s.sqlite, ctx.where, ctx, "execute");
    if (!text) return;
    if (s.params.empty()) {
        statement(out, *text);
        return;
    }
    // Bind :name placeholders as literals; quoted strings, `::casts` and
    // unknown names are left untouched.
    std::vector<bool> used(s.params.size(), false);
    std::string bound;
    const std::string& t = *text;
    auto ident_char = [](char c) { return is_alnum(c) || c == '_'; };
    for (std::size_t i = 0; i < t.size();) {
        char c = t[i];
        if (c == '\'' || c == '"') {
            std::size_t end = t.find(c, i + 1);
            end = end == std::string::npos ? t.size() : end + 1;
            bound.append(t, i, end - i);
            i = end;
            continue;
        }
        if (c == ':' && (i == 0 || t[i - 1] != ':') && i + 1 < t.size() && ident_char(t[i + 1]) && t[i + 1] != ':') {
            std::size_t end = i + 1;
            while (end < t.size() && ident_char(t[end])) ++end;
            std::string key = t.substr(i + 1, end - i - 1);
            auto p = std::find_if(s.params.begin(), s.params.end(), [&](const auto& a) { return a.column == key; });
            if (p != s.params.end()) {
                auto value = expr(p->value, ctx);
                if (!value) return;
                used[p - s.params.begin()] = true;
                bound += *value;
                i = end;
                continue;
            }
        }
        bound += c;
        ++i;
    }
    for (std::size_t k = 0; k < s.params.size(); ++k)
        if (!used[k])
            ctx.diags.warning(DiagKind::UnusedParameter, s.param_where[k], fmt::format("parameter '{}' does not appear as :{} in the {} text",
                                                            s.params[k].column, s.params[k].column, name()));
    statement(out, bound);
}

// --- dispatch -------------------------------------------------------------------

std::vector<SqlStatement> SqlDialect::emit(const ir::Op& op, Diagnostics& diags) const {
    Out out;
    EmitContext ctx{diags, op.where};
    std::visit(
        [&](const auto& s) {
            using S = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<S, ir::CreateTable>) create_table(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::DropTable>) drop_table(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::RenameTable>) rename_table(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::AlterTable>) alter_table(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::SetTableComment>) table_comment(out, s.table, s.comment);
            else if constexpr (std::is_same_v<S, ir::SetColumnComment>) column_comment(out, s.table, s.column, s.comment);
            else if constexpr (std::is_same_v<S, ir::CreateIndex>) create_index(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::DropIndex>) drop_index(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::CreateEnum>) create_enum(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::AddEnumValue>) add_enum_value(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::DropEnum>) drop_enum(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::CreateSchema>) create_schema(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::DropSchema>) drop_schema(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::Insert>) insert(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::Update>) update(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::Delete>) delete_rows(out, s, ctx);
            else if constexpr (std::is_same_v<S, ir::Execute>) execute(out, s, ctx);
            else {
                // Column-level ops appear inside an AlterTable only: wrap a stray one.
                ir::AlterTable batch;
                batch.actions.push_back(op);
                batch.table = s.table;
                alter_table(out, batch, ctx);
            }
        },
        op.node);
    return out;
}

// --- script framing ---------------------------------------------------------------

std::string SqlDialect::header(const ScriptHeader& h) const {
    return fmt::format("-- migc {} | {} | {} {} -> {} | {} revision{}\n-- source: sha256:{}\n-- run with: {}", h.migc_version,
                       facts_.target, h.command, h.from, h.to, h.revisions, h.revisions == 1 ? "" : "s", h.source_digest,
                       facts_.run_hint);
}

std::string SqlDialect::version_table_name(const VersionTable& t) const {
    return t.schema.empty() ? quote_identifier(t.name) : quote_identifier(t.schema) + "." + quote_identifier(t.name);
}

std::vector<SqlStatement> SqlDialect::create_version_table(const VersionTable& t) const {
    return {{SqlStatement::Kind::Statement,
             fmt::format("CREATE TABLE {} (\n    version_num VARCHAR(32) NOT NULL,\n    CONSTRAINT {} PRIMARY KEY (version_num)\n)",
                         version_table_name(t), quote_identifier(t.name + "_pkc"))}};
}

// SPEC 4: the row statements, byte for byte.
std::string SqlDialect::version_row(const VersionTable& table, const VersionRowChange& c) const {
    // One row per step of every script: appended, not formatted.
    const std::string t = version_table_name(table);
    std::string out;
    out.reserve(2 * t.size() + c.from.size() + c.to.size() + 64);
    switch (c.kind) {
        case VersionRowChange::Kind::Insert:
            out.append("INSERT INTO ").append(t).append(" (version_num) VALUES (").append(render_string_literal(c.to)) += ')';
            break;
        case VersionRowChange::Kind::Update:
            out.append("UPDATE ").append(t).append(" SET version_num=").append(render_string_literal(c.to));
            out.append(" WHERE ").append(t).append(".version_num = ").append(render_string_literal(c.from));
            break;
        case VersionRowChange::Kind::Delete:
            out.append("DELETE FROM ").append(t).append(" WHERE ").append(t).append(".version_num = ");
            out.append(render_string_literal(c.from));
            break;
    }
    return out;
}

std::string SqlDialect::purge_version_table(const VersionTable& table) const {
    return fmt::format("DELETE FROM {}", version_table_name(table));
}

namespace {

// How a piece of SQL text ends, read as the engine's scanner reads it.
struct SqlTail {
    bool in_line_comment = false;  // the last line ends inside a `--` comment
    bool terminated = false;       // the last token outside comments is ';'
};

// The characters that can begin a comment or a quoted part.
constexpr auto kMayOpen = [] {
    std::array<bool, 256> may{};
    for (char c : std::string_view("-/'\"$")) may[static_cast<unsigned char>(c)] = true;
    return may;
}();

SqlTail scan_tail(std::string_view t, const EngineFacts& facts) {
    auto ident = [](char c) { return is_alnum(c) || c == '_' || c == '$'; };
    SqlTail tail;
    std::size_t i = 0, n = t.size();
    auto skip_quoted = [&](char q, bool backslash) {  // from the opening quote to past the closing one
        for (++i; i < n; ++i) {
            if (backslash && t[i] == '\\') ++i;
            else if (t[i] == q) {
                if (i + 1 < n && t[i + 1] == q) ++i;
                else break;
            }
        }
        ++i;
    };
    while (i < n) {
        char c = t[i];
        tail.in_line_comment = false;
        if (c == '-' && i + 1 < n && t[i + 1] == '-') {
            std::size_t nl = t.find_first_of("\r\n", i);
            if (nl == std::string_view::npos) {
                tail.in_line_comment = true;
                break;
            }
            i = nl;
        } else if (c == '/' && i + 1 < n && t[i + 1] == '*') {
            std::size_t end = t.find("*/", i + 2);
            i = end == std::string_view::npos ? n : end + 2;
        } else if (c == '\'' || c == '"') {
            bool escapes = c == '\'' && facts.escape_strings && i > 0 && (t[i - 1] == 'E' || t[i - 1] == 'e') &&
                           (i < 2 || !ident(t[i - 2]));
            skip_quoted(c, escapes);
            tail.terminated = false;
        } else if (c == '$' && facts.dollar_quotes && (i == 0 || !ident(t[i - 1]))) {
            // $tag$ ... $tag$ (the tag: empty or an identifier not starting with a digit).
            std::size_t close = t.find('$', i + 1);
            std::string_view tag = close == std::string_view::npos ? std::string_view{} : t.substr(i, close - i + 1);
            bool valid = !tag.empty() && (tag.size() == 2 || !is_digit(tag[1]));
            for (std::size_t k = 1; valid && k + 1 < tag.size(); ++k) valid = ident(tag[k]) && tag[k] != '$';
            if (valid) {
                std::size_t end = t.find(tag, i + tag.size());
                i = end == std::string_view::npos ? n : end + tag.size();
            } else {
                ++i;
            }
            tail.terminated = false;
        } else {
            // A run of plain text up to the next character that may open a
            // comment or a quote: only its last non-blank character matters.
            std::size_t j = i + 1;
            while (j < n && !kMayOpen[static_cast<unsigned char>(t[j])]) ++j;
            for (std::size_t k = j; k-- > i;)
                if (!is_space(t[k])) {
                    tail.terminated = t[k] == ';';
                    break;
                }
            i = j;
        }
    }
    return tail;
}

}  // namespace

// The ';' goes on a line of its own only when the text ends in a `--`
// comment; text that already ends with a ';' of its own keeps it.
void SqlDialect::append_terminated(std::string& out, std::string_view text) const {
    SqlTail tail = scan_tail(text, facts_);
    out += text;
    if (tail.terminated) return;
    if (tail.in_line_comment) out += '\n';
    out += ';';
}

}  // namespace migc
