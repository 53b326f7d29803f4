// The SQL shared by the dialects: expressions, literals, identifiers, CREATE
// TABLE, INSERT/DELETE, raw text with bound parameters.
#include "dialects/sql_dialect.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "compiler/naming.hpp"
#include "grammar/type_names.hpp"

namespace migc {

std::unique_ptr<Dialect> make_dialect(const DialectOptions& options) {
    if (options.name == "sqlite") return make_sqlite_dialect(options);
    return make_postgresql_dialect(options);
}

namespace {

std::string join(const std::vector<std::string>& parts, std::string_view sep) { return fmt::format("{}", fmt::join(parts, sep)); }

std::string_view trim(std::string_view s) {
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && ws(s.front())) s.remove_prefix(1);
    while (!s.empty() && ws(s.back())) s.remove_suffix(1);
    return s;
}

std::string_view ref_action(ast::RefAction a) {
    switch (a) {
        case ast::RefAction::NoAction: return "NO ACTION";
        case ast::RefAction::Restrict: return "RESTRICT";
        case ast::RefAction::Cascade: return "CASCADE";
        case ast::RefAction::SetNull: return "SET NULL";
        case ast::RefAction::SetDefault: return "SET DEFAULT";
    }
    return "NO ACTION";
}

// The portable function set of SPEC 2.3; anything else needs sql$$...$$.
bool is_portable_function(std::string_view name) {
    static constexpr std::array names{"lower", "upper", "length", "replace", "substr", "coalesce",
                                      "nullif", "abs", "round", "now", "current_date"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

void SqlDialect::comment(Out& out, std::string_view text) {
    out.push_back({SqlStatement::Kind::Comment, sql_comment(text), false});
}

std::string sql_comment(std::string_view text) {
    std::string lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        // PostgreSQL's scanner also ends a `--` comment at a CR: split there too.
        auto nl = text.find_first_of("\r\n", start);
        std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        if (!lines.empty()) lines += '\n';
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        lines += line.empty() ? "--" : fmt::format("-- {}", line);
        if (nl == std::string_view::npos) break;
        start = nl + (text.compare(nl, 2, "\r\n") == 0 ? 2 : 1);
    }
    return lines;
}

// --- identifiers and literals -------------------------------------------------

std::string SqlDialect::quote_identifier(std::string_view name) const {
    bool plain = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) plain = false;
    if (plain && !is_reserved(name)) return std::string(name);
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string SqlDialect::render_string_literal(std::string_view text) const {
    // Both engines read '' as a quote and every other byte as itself
    // (PostgreSQL with standard_conforming_strings, the default since 9.1).
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + '\'';
}

std::string SqlDialect::literal(const ast::Literal& lit) const {
    using K = ast::LiteralKind;
    switch (lit.kind) {
        case K::String: return render_string_literal(lit.text);
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

std::string SqlDialect::qname(const ast::QualifiedName& name) const {
    return name.schema ? ident(*name.schema) + "." + ident(name.name) : ident(name.name);
}

std::string SqlDialect::column_list(const std::vector<ast::Name>& cols) const {
    std::vector<std::string> parts;
    for (const auto& c : cols) parts.push_back(ident(c));
    return join(parts, ", ");
}

// --- expressions ----------------------------------------------------------------

std::optional<std::string> SqlDialect::raw_text(const std::optional<std::string>& all,
                                                const std::optional<std::string>& postgresql,
                                                const std::optional<std::string>& sqlite, ast::Span span,
                                                const EmitContext& ctx, std::string_view what) const {
    if (all) return std::string(trim(*all));
    const auto& mine = raw_for_dialect(postgresql, sqlite);
    if (mine) return std::string(trim(*mine));
    ctx.diags.error(at(ctx, span), fmt::format("this {} has no text for {}", what, name()))
        .notes.push_back({std::nullopt, fmt::format("add `{}$$ ... $$` beside the other dialect's text", name())});
    return std::nullopt;
}

std::optional<std::string> SqlDialect::expr(const ast::Expr& e, const EmitContext& ctx) const {
    using K = ast::Expr::Kind;
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
        case K::Column: return qname(e.name);
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
            if (!is_portable_function(e.op)) {
                ctx.diags.error(at(ctx, e.span), fmt::format("'{}' is not a portable function", e.op))
                    .notes.push_back({std::nullopt,
                                      "portable functions: lower, upper, length, replace, substr, coalesce, nullif, "
                                      "abs, round, now, current_date; write anything else as sql$$ ... $$ or "
                                      "postgresql$$ ... $$ sqlite$$ ... $$"});
                return std::nullopt;
            }
            if (e.op == "now") return "CURRENT_TIMESTAMP";
            if (e.op == "current_date") return "CURRENT_DATE";
            auto a = args(0);
            if (!a) return std::nullopt;
            return fmt::format("{}({})", e.op, join(*a, ", "));
        }
        case K::Cast: {
            auto a = args(0);
            auto t = render_type(e.type, ctx);
            if (!a || !t) return std::nullopt;
            return fmt::format("CAST({} AS {})", (*a)[0], *t);
        }
        case K::Raw: return raw_text(e.raw_all, e.raw_postgresql, e.raw_sqlite, e.span, ctx, "raw expression");
    }
    return std::nullopt;
}

// A default must be a literal, a CURRENT_* keyword or a parenthesised
// expression on SQLite; PostgreSQL accepts the same form.
std::optional<std::string> SqlDialect::default_clause(const ast::Expr& e, const EmitContext& ctx) const {
    auto text = expr(e, ctx);
    if (!text) return std::nullopt;
    using K = ast::Expr::Kind;
    bool bare = e.kind == K::Literal || e.kind == K::Paren ||
                (e.kind == K::Call && (e.op == "now" || e.op == "current_date")) ||
                (e.kind == K::Unary && e.op == "-" && e.args[0].kind == K::Literal);
    return bare ? *text : fmt::format("({})", *text);
}

std::optional<std::string> SqlDialect::render_type(const ast::Type& t, const EmitContext& ctx) const {
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
        case K::Date: return "DATE";
        case K::Time: return "TIME";
        case K::Json: return "JSON";
        case K::Raw: return raw_type(t, ctx);
        default: return dialect_type(t, ctx);
    }
}

const std::vector<std::string>* SqlDialect::enum_labels(const ast::Type& type, const EmitContext& ctx) {
    if (const auto* labels = ctx.schema.find_enum(type.named)) return labels;
    std::string key = qualified_key(type.named);
    auto& d = ctx.diags.error(at(ctx, type.span), fmt::format("unknown type '{}'", key));
    std::vector<std::string> candidates = grammar::builtin_type_names();
    for (const auto& [name, labels] : ctx.schema.enums) candidates.push_back(name);
    if (auto guess = closest_match(key, candidates)) d.notes.push_back({std::nullopt, fmt::format("did you mean '{}'?", *guess)});
    d.notes.push_back({std::nullopt, "an enum must be created first with `create type NAME as enum (...)`; other "
                                     "types can be written raw: postgresql(TEXT) sqlite(TEXT)"});
    return nullptr;
}

std::optional<std::string> SqlDialect::raw_type(const ast::Type& type, const EmitContext& ctx) const {
    const auto& mine = raw_for_dialect(type.raw_postgresql, type.raw_sqlite);
    if (mine) return *mine;
    ctx.diags.error(at(ctx, type.span), fmt::format("this raw type has no text for {}", name()))
        .notes.push_back({std::nullopt, fmt::format("add `{}(TYPE)` beside the other dialect's", name())});
    return std::nullopt;
}

// --- tables ---------------------------------------------------------------------

std::string SqlDialect::foreign_key_tail(const ast::ForeignKeyRef& ref) const {
    std::string out = fmt::format("REFERENCES {} ({})", qname(ref.table), column_list(ref.columns));
    if (ref.on_delete) out += fmt::format(" ON DELETE {}", ref_action(*ref.on_delete));
    if (ref.on_update) out += fmt::format(" ON UPDATE {}", ref_action(*ref.on_update));
    if (ref.deferrable) out += ref.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    return out;
}

std::optional<SqlDialect::ColumnSql> SqlDialect::column_sql(const ast::ColumnDef& col, const ast::QualifiedName& table,
                                                            const EmitContext& ctx) const {
    const std::string& t = table.name.text;
    auto type = render_type(col.type, ctx);
    if (!type) return std::nullopt;
    ColumnSql out;
    out.spec = fmt::format("{} {}", ident(col.name), *type);
    bool ok = true;
    if (col.default_value) {
        if (auto d = default_clause(*col.default_value, ctx)) out.spec += " DEFAULT " + *d;
        else ok = false;
    }
    if (col.identity) {
        auto clause = identity_clause(col, ctx);
        if (!clause) return std::nullopt;
        out.spec += *clause;
    }
    if (col.primary_key || col.identity || col.nullable == false) out.spec += " NOT NULL";
    auto add = [&](const std::string& name, std::string table_form, std::string column_form) {
        std::string head = fmt::format("CONSTRAINT {} ", quote_identifier(name));
        out.constraints.push_back({head + table_form, head + column_form});
    };
    if (col.unique) add(naming::unique(t, col.name.text), fmt::format("UNIQUE ({})", ident(col.name)), "UNIQUE");
    if (col.references) {
        std::string tail = foreign_key_tail(*col.references);
        add(naming::foreign_key(t, col.name.text, col.references->table.name.text),
            fmt::format("FOREIGN KEY ({}) {}", ident(col.name), tail), tail);
    }
    if (col.check) {
        if (auto c = expr(*col.check, ctx)) add(naming::column_check(t, col.name.text), fmt::format("CHECK ({})", *c), fmt::format("CHECK ({})", *c));
        else ok = false;
    }
    if (!ok) return std::nullopt;
    return out;
}

std::optional<std::string> SqlDialect::table_constraint(const ast::TableConstraint& c, const ast::QualifiedName& table,
                                                        const EmitContext& ctx) const {
    using K = ast::TableConstraint::Kind;
    const std::string& t = table.name.text;
    std::string col0 = c.columns.empty() ? std::string() : c.columns[0].text;
    std::string name;
    switch (c.kind) {
        case K::PrimaryKey: name = c.name ? c.name->text : naming::primary_key(t); break;
        case K::Unique: name = c.name ? c.name->text : naming::unique(t, col0); break;
        case K::ForeignKey: name = c.name ? c.name->text : naming::foreign_key(t, col0, c.references.table.name.text); break;
        case K::Check:
            if (!c.name) {
                ctx.diags.error(at(ctx, c.span), "a table-level check needs a name")
                    .notes.push_back({std::nullopt, "write it as `constraint NAME check (...)`"});
                return std::nullopt;
            }
            name = c.name->text;
            break;
    }
    std::string head = fmt::format("CONSTRAINT {} ", quote_identifier(name));
    switch (c.kind) {
        case K::PrimaryKey: return head + fmt::format("PRIMARY KEY ({})", column_list(c.columns));
        case K::Unique: return head + fmt::format("UNIQUE ({})", column_list(c.columns));
        case K::ForeignKey:
            return head + fmt::format("FOREIGN KEY ({}) {}", column_list(c.columns), foreign_key_tail(c.references));
        case K::Check: {
            auto e = expr(*c.check, ctx);
            if (!e) return std::nullopt;
            return head + fmt::format("CHECK ({})", *e);
        }
    }
    return std::nullopt;
}

void SqlDialect::create_table(Out& out, const ast::CreateTable& s, const EmitContext& ctx) const {
    std::vector<std::string> lines, constraints, pk_columns;
    bool ok = true, pk_inline = false;
    for (const auto& col : s.columns) {
        auto c = column_sql(col, s.table, ctx);
        if (!c) {
            ok = false;
            continue;
        }
        lines.push_back(c->spec);
        for (const auto& k : c->constraints) constraints.push_back(k.table_form);
        pk_inline = pk_inline || c->inline_primary_key;
        if (col.primary_key || col.identity) pk_columns.push_back(ident(col.name));
    }
    // identity makes its column the primary key (INTEGER PRIMARY KEY AUTOINCREMENT
    // on SQLite): it cannot share the key with other columns.
    auto identity = std::find_if(s.columns.begin(), s.columns.end(), [](const auto& c) { return c.identity; });
    bool table_pk = std::any_of(s.constraints.begin(), s.constraints.end(),
                                [](const auto& k) { return k.kind == ast::TableConstraint::Kind::PrimaryKey; });
    if (identity != s.columns.end() && (pk_columns.size() > 1 || table_pk)) {
        ctx.diags.error(at(ctx, identity->span), fmt::format("identity column '{}' must be the only primary-key column of '{}'",
                                                             identity->name.text, s.table.name.text))
            .notes.push_back({std::nullopt, "drop `identity`, or make the other key columns a `unique` constraint"});
        return;
    }
    if (!pk_columns.empty() && !pk_inline)
        constraints.insert(constraints.begin(), fmt::format("CONSTRAINT {} PRIMARY KEY ({})",
                                                            quote_identifier(naming::primary_key(s.table.name.text)),
                                                            join(pk_columns, ", ")));
    for (const auto& k : s.constraints) {
        if (auto c = table_constraint(k, s.table, ctx)) constraints.push_back(*c);
        else ok = false;
    }
    if (!ok) return;
    lines.insert(lines.end(), constraints.begin(), constraints.end());
    statement(out, fmt::format("CREATE TABLE {}{} (\n    {}\n)", s.if_not_exists ? "IF NOT EXISTS " : "", qname(s.table),
                               join(lines, ",\n    ")));
    if (s.comment) comment_on_table(out, {s.table, *s.comment}, ctx);
    for (const auto& col : s.columns)
        if (col.comment) comment_on_column(out, {s.table, col.name, *col.comment}, ctx);
}

void SqlDialect::drop_table(Out& out, const ast::DropTable& s, const EmitContext&) const {
    statement(out, fmt::format("DROP TABLE {}{}", s.if_exists ? "IF EXISTS " : "", qname(s.table)));
}

void SqlDialect::rename_table(Out& out, const ast::RenameTable& s, const EmitContext&) const {
    statement(out, fmt::format("ALTER TABLE {} RENAME TO {}", qname(s.table), ident(s.new_name)));
}

// --- indexes --------------------------------------------------------------------

void SqlDialect::create_index(Out& out, const ast::CreateIndex& s, const EmitContext& ctx) const {
    std::vector<std::string> elements;
    for (const auto& el : s.elements) {
        std::string text;
        if (el.column) text = ident(*el.column);
        else if (auto e = expr(*el.expr, ctx)) text = "(" + *e + ")";
        else return;
        if (el.descending) text += *el.descending ? " DESC" : " ASC";
        elements.push_back(text);
    }
    // Without CONCURRENTLY (SQLite) the index is built in the script's transaction.
    bool concurrently = s.concurrently && has_concurrent_indexes();
    auto [index, table] = index_and_table(s);
    std::string text = fmt::format("CREATE {}INDEX {}{}{} ON {} ({})", s.unique ? "UNIQUE " : "",
                                   concurrently ? "CONCURRENTLY " : "", s.if_not_exists ? "IF NOT EXISTS " : "", index,
                                   table, join(elements, ", "));
    if (s.where) {
        auto w = expr(*s.where, ctx);
        if (!w) return;
        text += " WHERE " + *w;
    }
    statement(out, text, concurrently);
}

void SqlDialect::drop_index(Out& out, const ast::DropIndex& s, const EmitContext&) const {
    bool concurrently = s.concurrently && has_concurrent_indexes();
    statement(out,
              fmt::format("DROP INDEX {}{}{}", concurrently ? "CONCURRENTLY " : "", s.if_exists ? "IF EXISTS " : "",
                          qname(s.name)),
              concurrently);
}

// --- data -----------------------------------------------------------------------

void SqlDialect::insert(Out& out, const ast::Insert& s, const EmitContext& ctx) const {
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

void SqlDialect::update(Out& out, const ast::Update& s, const EmitContext& ctx) const {
    std::vector<std::string> sets;
    for (const auto& a : s.assignments) {
        auto v = expr(a.value, ctx);
        if (!v) return;
        sets.push_back(fmt::format("{} = {}", ident(a.column), *v));
    }
    std::optional<std::string> where;
    if (s.where && !(where = expr(*s.where, ctx))) return;
    if (s.batch) return update_in_batches(out, s, sets, where, ctx);
    statement(out, fmt::format("UPDATE {} SET {}{}", qname(s.table), join(sets, ", "), where ? " WHERE " + *where : ""));
}

void SqlDialect::update_in_batches(Out& out, const ast::Update& s, const std::vector<std::string>& sets,
                                   const std::optional<std::string>& where, const EmitContext&) const {
    statement(out, fmt::format("UPDATE {} SET {}{}", qname(s.table), join(sets, ", "), where ? " WHERE " + *where : ""));
}

void SqlDialect::delete_rows(Out& out, const ast::Delete& s, const EmitContext& ctx) const {
    std::string text = fmt::format("DELETE FROM {}", qname(s.table));
    if (s.where) {
        auto w = expr(*s.where, ctx);
        if (!w) return;
        text += " WHERE " + *w;
    }
    statement(out, text);
}

void SqlDialect::execute(Out& out, const ast::Execute& s, const EmitContext& ctx) const {
    if (!s.all && !raw_for_dialect(s.postgresql, s.sqlite)) {
        comment(out, fmt::format("execute: no {} text given; nothing to run here", name()));
        return;
    }
    auto text = raw_text(s.all, s.postgresql, s.sqlite, {}, ctx, "execute");
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
    auto ident_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
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
            auto p = std::find_if(s.params.begin(), s.params.end(), [&](const auto& a) { return a.column.text == key; });
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
            ctx.diags.warning(at(ctx, s.params[k].column.span),
                              fmt::format("parameter '{}' does not appear as :{} in the {} text",
                                          s.params[k].column.text, s.params[k].column.text, name()));
    statement(out, bound);
}

// --- dispatch -------------------------------------------------------------------

std::vector<SqlStatement> SqlDialect::emit(const ast::Statement& stmt, const EmitContext& ctx) const {
    Out out;
    std::visit(
        [&](const auto& s) {
            using S = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<S, ast::CreateTable>) create_table(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::DropTable>) drop_table(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::RenameTable>) rename_table(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::AlterTable>) alter_table(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::CommentOnTable>) comment_on_table(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::CommentOnColumn>) comment_on_column(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::CreateIndex>) create_index(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::DropIndex>) drop_index(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::CreateEnum>) create_enum(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::AlterEnumAddValue>) alter_enum_add_value(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::DropType>) drop_type(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::CreateSchema>) create_schema(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::DropSchema>) drop_schema(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::Insert>) insert(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::Update>) update(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::Delete>) delete_rows(out, s, ctx);
            else if constexpr (std::is_same_v<S, ast::Execute>) execute(out, s, ctx);
        },
        stmt.node);
    return out;
}

std::vector<SqlStatement> SqlDialect::create_version_table(const std::string& table, const std::string& schema) const {
    std::string qualified = schema.empty() ? quote_identifier(table) : quote_identifier(schema) + "." + quote_identifier(table);
    return {{SqlStatement::Kind::Statement,
             fmt::format("CREATE TABLE {} (\n    version_num VARCHAR(32) NOT NULL,\n    CONSTRAINT {} PRIMARY KEY (version_num)\n)",
                         qualified, quote_identifier(table + "_pkc")),
             false}};
}

}  // namespace migc
