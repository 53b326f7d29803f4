// The check phase's building blocks: names, types, literals and expressions.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "compiler/sema/checker.hpp"
#include "compiler/sema/literal_forms.hpp"
#include "compiler/sema/naming.hpp"
#include "compiler/sema/printer.hpp"
#include "grammar/type_names.hpp"

namespace migc {
namespace {

// The portable function set of SPEC 2.3; anything else needs sql$$...$$.
bool is_portable_function(std::string_view name) {
    static constexpr std::array names{"lower", "upper", "length", "replace", "substr", "coalesce",
                                      "nullif", "abs", "round", "now", "current_date"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::size_t utf8_length(std::string_view s) {
    return std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

}  // namespace

Diagnostic& Checker::error(DiagKind kind, ast::Span span, std::string message) {
    return diags_->error(kind, at(span), std::move(message));
}

void Checker::did_you_mean(Diagnostic& d, const std::string& word, const std::vector<std::string>& candidates) const {
    if (auto guess = closest_match(word, candidates)) d.notes.push_back({std::nullopt, fmt::format("did you mean '{}'?", *guess)});
}

ir::ObjectName Checker::object(const ast::QualifiedName& name) const {
    return {name.schema ? name.schema->text : std::string(), name.name.text};
}

bool Checker::check_schema(const ast::QualifiedName& name) {
    if (!name.schema) return true;
    const std::string& s = name.schema->text;
    if (model_.schemas.count(s) ||
        std::find(options_.builtin_schemas.begin(), options_.builtin_schemas.end(), s) != options_.builtin_schemas.end())
        return true;
    auto& d = error(DiagKind::UnknownSchema, name.schema->span, fmt::format("unknown schema '{}'", s));
    std::vector<std::string> candidates(model_.schemas.begin(), model_.schemas.end());
    candidates.insert(candidates.end(), options_.builtin_schemas.begin(), options_.builtin_schemas.end());
    did_you_mean(d, s, candidates);
    d.notes.push_back({std::nullopt, fmt::format("create it first: `create schema {};`", s)});
    return false;
}

// An explicit name over the engine's limit would be truncated by the server
// (PostgreSQL does so with only a NOTICE): the schema would differ from the model.
bool Checker::check_length(const ast::Name& name, std::string_view what) {
    if (options_.max_identifier_bytes == 0 || name.text.size() <= options_.max_identifier_bytes) return true;
    error(DiagKind::NameTooLong, name.span, fmt::format("{} name '{}' is {} bytes long; the limit is {}", what, name.text, name.text.size(),
                                 options_.max_identifier_bytes))
        .notes.push_back({std::nullopt, "choose a shorter name"});
    return false;
}

std::string Checker::generated_name(const std::string& name) const {
    return naming::shorten(name, options_.max_identifier_bytes);
}

ir::Table* Checker::table_or_error(const ast::QualifiedName& name) {
    ir::ObjectName key = object(name);
    if (ir::Table* t = model_.find_table(key)) return t;
    auto& d = error(DiagKind::UnknownTable, name.span, fmt::format("unknown table '{}'", key.display()));
    std::vector<std::string> candidates;
    for (const auto& [k, t] : model_.tables.sorted()) candidates.push_back(k.display());
    did_you_mean(d, key.display(), candidates);
    if (auto it = renamed_tables_.find(key); it != renamed_tables_.end())
        d.notes.push_back({std::nullopt, fmt::format("table '{}' was renamed to '{}' in an earlier statement", key.display(), it->second)});
    if (saw_execute_)
        d.notes.push_back({std::nullopt, "migc knows only the tables that `create table` made; one created by `execute` "
                                         "must be declared with `create table` to be used here"});
    return nullptr;
}

const ir::Enum* Checker::enum_or_error(const ast::QualifiedName& name) {
    ir::ObjectName key = object(name);
    if (const ir::Enum* e = model_.find_enum(key)) return e;
    auto& d = error(DiagKind::UnknownType, name.span, fmt::format("unknown type '{}'", key.display()));
    std::vector<std::string> candidates;
    for (const auto& [k, en] : model_.enums.sorted()) candidates.push_back(k.display());
    did_you_mean(d, key.display(), candidates);
    return nullptr;
}

const ir::Column* Checker::column_or_error(const ir::Table& table, const ast::Name& column) {
    if (const ir::Column* c = table.find_column(column.text)) return c;
    auto& d = error(DiagKind::UnknownColumn, column.span, fmt::format("unknown column '{}' in table '{}'", column.text, table.name.display()));
    std::vector<std::string> candidates;
    for (const auto& c : table.columns) candidates.push_back(c.name);
    did_you_mean(d, column.text, candidates);
    if (auto it = renamed_columns_.find({table.name, column.text}); it != renamed_columns_.end())
        d.notes.push_back({std::nullopt, fmt::format("column '{}' was renamed to '{}' in an earlier statement", column.text, it->second)});
    return nullptr;
}

std::optional<ir::Type> Checker::type(const ast::Type& t) {
    using K = ast::Type::Kind;
    ir::Type out;
    out.where = at(t.span);
    switch (t.kind) {
        case K::SmallInt: out.kind = ir::Type::Kind::SmallInt; break;
        case K::Integer: out.kind = ir::Type::Kind::Integer; break;
        case K::BigInt: out.kind = ir::Type::Kind::BigInt; break;
        case K::String: out.kind = ir::Type::Kind::String; break;
        case K::Text: out.kind = ir::Type::Kind::Text; break;
        case K::Boolean: out.kind = ir::Type::Kind::Boolean; break;
        case K::Numeric: out.kind = ir::Type::Kind::Numeric; break;
        case K::Real: out.kind = ir::Type::Kind::Real; break;
        case K::Double: out.kind = ir::Type::Kind::Double; break;
        case K::Date: out.kind = ir::Type::Kind::Date; break;
        case K::Time: out.kind = ir::Type::Kind::Time; break;
        case K::Timestamp: out.kind = ir::Type::Kind::Timestamp; break;
        case K::TimestampTz: out.kind = ir::Type::Kind::TimestampTz; break;
        case K::Uuid: out.kind = ir::Type::Kind::Uuid; break;
        case K::Json: out.kind = ir::Type::Kind::Json; break;
        case K::Jsonb: out.kind = ir::Type::Kind::Jsonb; break;
        case K::Bytes: out.kind = ir::Type::Kind::Bytes; break;
        case K::Raw:
            out.kind = ir::Type::Kind::Raw;
            out.raw = ir::Type::RawText{t.raw_postgresql, t.raw_sqlite};
            return out;
        case K::Named: {
            ir::ObjectName key = object(t.named);
            const ir::Enum* e = model_.find_enum(key);
            if (!e) {
                auto& d = error(DiagKind::UnknownType, t.span, fmt::format("unknown type '{}'", key.display()));
                std::vector<std::string> candidates = grammar::builtin_type_names();
                for (const auto& [k, en] : model_.enums.sorted()) candidates.push_back(k.display());
                did_you_mean(d, key.display(), candidates);
                d.notes.push_back({std::nullopt, "an enum must be created first with `create type NAME as enum (...)`; "
                                                 "other types can be written raw: postgresql(TEXT) sqlite(TEXT)"});
                return std::nullopt;
            }
            out.kind = ir::Type::Kind::Enum;
            out.enum_ref = ir::Type::EnumRef{key, e->labels};
            return out;
        }
    }
    out.length = t.length;
    out.precision = t.precision;
    out.scale = t.scale;
    if (t.length && *t.length < 1) {
        error(DiagKind::InvalidType, t.span, fmt::format("string({}) can hold nothing: the length must be at least 1", *t.length));
        return std::nullopt;
    }
    if (t.precision && (*t.precision < 1 || *t.precision > 1000)) {
        error(DiagKind::InvalidType, t.span, fmt::format("numeric precision {} is out of range: it must be between 1 and 1000", *t.precision));
        return std::nullopt;
    }
    if (t.precision && t.scale && (*t.scale < 0 || *t.scale > *t.precision)) {
        error(DiagKind::InvalidType, t.span, fmt::format("numeric scale {} is out of range: it must be between 0 and the precision {}", *t.scale,
                                  *t.precision));
        return std::nullopt;
    }
    return out;
}

ir::Literal Checker::literal(const ast::Literal& lit) const {
    return {static_cast<ir::LiteralKind>(lit.kind), lit.text};
}

// `scope`: the table whose columns the expression may name; none where no
// column may stand (a default). `context` names the place in messages.
std::optional<ir::Expr> Checker::expr(const ast::Expr& e, const ir::Table* scope, std::string_view context) {
    using K = ast::Expr::Kind;
    ir::Expr out;
    out.kind = static_cast<ir::Expr::Kind>(e.kind);
    out.op = e.op;
    out.negated = e.negated;
    out.where = at(e.span);
    bool ok = true;
    switch (e.kind) {
        case K::Literal:
            out.lit = literal(e.lit);
            ok = literal_form_ok(out.lit, e.span);
            break;
        case K::Column: {
            out.column = e.name.name.text;
            if (e.name.schema) out.qualifier = e.name.schema->text;
            if (!scope) {
                error(DiagKind::InvalidExpression, e.span, fmt::format("{} cannot name a column ('{}')", context, out.column))
                    .notes.push_back({std::nullopt, fmt::format("did you mean the string '{}'? Functions are called "
                                                                "with parentheses: now(), current_date",
                                                                out.column)});
                return std::nullopt;
            }
            if (!scope->find_column(out.column)) {
                if (!column_or_error(*scope, e.name.name)) return std::nullopt;
            }
            break;
        }
        case K::Call:
            if (!is_portable_function(e.op)) {
                error(DiagKind::InvalidExpression, e.span, fmt::format("'{}' is not a portable function", e.op))
                    .notes.push_back({std::nullopt,
                                      "portable functions: lower, upper, length, replace, substr, coalesce, nullif, "
                                      "abs, round, now, current_date; write anything else as sql$$ ... $$ or "
                                      "postgresql$$ ... $$ sqlite$$ ... $$"});
                ok = false;
            }
            break;
        case K::Cast:
            if (auto t = type(*e.type)) out.type = *t;
            else ok = false;
            break;
        case K::Raw:
            out.raw_all = e.raw_all;
            out.raw_postgresql = e.raw_postgresql;
            out.raw_sqlite = e.raw_sqlite;
            break;
        default: break;
    }
    for (const auto& a : e.args) {
        if (auto sub = expr(a, scope, context)) out.args.push_back(std::move(*sub));
        else ok = false;
    }
    if (!ok) return std::nullopt;
    return out;
}

namespace {

// Which literal kinds a column of this type takes (SPEC 4.2): what both
// engines would store as written.
bool accepts(const ir::Type& t, ir::LiteralKind k) {
    using T = ir::Type::Kind;
    using L = ir::LiteralKind;
    if (k == L::Null) return true;
    switch (t.kind) {
        case T::SmallInt:
        case T::Integer:
        case T::BigInt:
        case T::Numeric:
        case T::Real:
        case T::Double: return k == L::Integer || k == L::Decimal || k == L::String;  // a string: if it is a number
        case T::Boolean: return k == L::Boolean;
        case T::String:
        case T::Text: return k == L::String || k == L::Integer || k == L::Decimal;
        case T::Date: return k == L::String || k == L::Date;
        case T::Time: return k == L::String || k == L::Time;
        case T::Timestamp:
        case T::TimestampTz: return k == L::String || k == L::Date || k == L::Timestamp || k == L::TimestampTz;
        case T::Uuid:
        case T::Json:
        case T::Jsonb:
        case T::Enum: return k == L::String;
        case T::Bytes: return k == L::Bytes || k == L::String;
        case T::Raw: return true;
    }
    return true;
}

bool is_number_type(const ir::Type& t) {
    using T = ir::Type::Kind;
    return t.kind == T::SmallInt || t.kind == T::Integer || t.kind == T::BigInt || t.kind == T::Numeric ||
           t.kind == T::Real || t.kind == T::Double;
}

// What both engines read as a number from a string: [+-]digits[.digits][e[+-]digits].
bool is_number(std::string_view s) {
    std::size_t i = 0;
    auto digits = [&] {
        std::size_t from = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i - from;
    };
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t n = digits();
    if (i < s.size() && s[i] == '.') {
        ++i;
        n += digits();
    }
    if (n == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    return i == s.size();
}

std::string_view kind_name(ir::LiteralKind k) {
    switch (k) {
        case ir::LiteralKind::String: return "a string";
        case ir::LiteralKind::Integer: return "an integer";
        case ir::LiteralKind::Decimal: return "a decimal number";
        case ir::LiteralKind::Boolean: return "a boolean";
        case ir::LiteralKind::Null: return "null";
        case ir::LiteralKind::Date: return "a date";
        case ir::LiteralKind::Time: return "a time";
        case ir::LiteralKind::Timestamp:
        case ir::LiteralKind::TimestampTz: return "a timestamp";
        case ir::LiteralKind::Bytes: return "bytes";
        case ir::LiteralKind::Uuid: return "a uuid";
    }
    return "a value";
}

}  // namespace

bool Checker::literal_form_ok(const ir::Literal& lit, ast::Span span, const ir::Column* column) {
    using namespace literal_forms;
    using T = ir::Type::Kind;
    std::optional<std::string> problem;
    std::string_view what, example;
    switch (lit.kind) {
        case ir::LiteralKind::Date: problem = date_problem(lit.text), what = "a date", example = kDateExample; break;
        case ir::LiteralKind::Time: problem = time_problem(lit.text), what = "a time", example = kTimeExample; break;
        case ir::LiteralKind::Timestamp:
            problem = timestamp_problem(lit.text, false), what = "a timestamp", example = kTimestampExample;
            break;
        case ir::LiteralKind::TimestampTz:
            problem = timestamp_problem(lit.text, true), what = "a timestamptz", example = kTimestampTzExample;
            break;
        case ir::LiteralKind::Uuid: problem = uuid_problem(lit.text), what = "a uuid", example = kUuidExample; break;
        case ir::LiteralKind::String:
            if (column && (column->type.kind == T::Json || column->type.kind == T::Jsonb))
                problem = json_problem(lit.text), what = "JSON", example = kJsonExample;
            break;
        default: break;
    }
    if (!problem) return true;
    std::string whose = column ? fmt::format("column '{}' is {}: ", column->name, print::type(column->type)) : "";
    error(DiagKind::ValueMismatch, span, fmt::format("{}'{}' is not {}: {}", whose, lit.text, what, *problem))
        .notes.push_back({std::nullopt, fmt::format("write it as {}", example)});
    return false;
}

std::optional<ir::Expr> Checker::value(const ast::Expr& e, const ir::Column* column, const ir::Table* scope) {
    if (e.kind == ast::Expr::Kind::Column && !scope) {
        error(DiagKind::InvalidExpression, e.span, fmt::format("'{}' is a name, not a value", e.name.name.text))
            .notes.push_back({std::nullopt, fmt::format("did you mean the string '{}'?", e.name.name.text)});
        return std::nullopt;
    }
    auto out = expr(e, scope, "a value");
    if (!out || !column) return out;
    // A negative number is `-` applied to a literal.
    ir::Expr* lit = out->kind == ir::Expr::Kind::Literal ? &*out : nullptr;
    if (out->kind == ir::Expr::Kind::Unary && out->op == "-" && out->args[0].kind == ir::Expr::Kind::Literal)
        lit = &out->args[0];
    if (!lit) return out;
    const ir::Type& t = column->type;
    ir::LiteralKind k = lit->lit.kind;
    if (!accepts(t, k)) {
        error(DiagKind::ValueMismatch, e.span, fmt::format("column '{}' is {}: {} does not fit", column->name, print::type(t), kind_name(k)));
        return std::nullopt;
    }
    if (k == ir::LiteralKind::Null && !column->nullable) {
        error(DiagKind::ValueMismatch, e.span, fmt::format("column '{}' is NOT NULL: null does not fit", column->name));
        return std::nullopt;
    }
    if (k != ir::LiteralKind::String) return out;
    if (is_number_type(t) && !is_number(lit->lit.text)) {
        error(DiagKind::ValueMismatch, e.span, fmt::format("column '{}' is {}: the string '{}' is not a number", column->name, print::type(t), lit->lit.text));
        return std::nullopt;
    }
    if (t.kind == ir::Type::Kind::Enum &&
        std::find(t.enum_labels().begin(), t.enum_labels().end(), lit->lit.text) == t.enum_labels().end()) {
        auto& d = error(DiagKind::ValueMismatch, e.span, fmt::format("'{}' is not a label of enum '{}'", lit->lit.text, t.enum_name().display()));
        did_you_mean(d, lit->lit.text, t.enum_labels());
        d.notes.push_back({std::nullopt, fmt::format("labels: {}", fmt::join(t.enum_labels(), ", "))});
        return std::nullopt;
    }
    if (t.kind == ir::Type::Kind::String && t.length && utf8_length(lit->lit.text) > static_cast<std::size_t>(*t.length)) {
        error(DiagKind::ValueMismatch, e.span, fmt::format("the string is {} characters long; column '{}' holds at most {}", utf8_length(lit->lit.text),
                                  column->name, *t.length));
        return std::nullopt;
    }
    // A string for a date or time column is that column's typed literal.
    switch (t.kind) {
        case ir::Type::Kind::Date: lit->lit.kind = ir::LiteralKind::Date; break;
        case ir::Type::Kind::Time: lit->lit.kind = ir::LiteralKind::Time; break;
        case ir::Type::Kind::Timestamp: lit->lit.kind = ir::LiteralKind::Timestamp; break;
        case ir::Type::Kind::TimestampTz: lit->lit.kind = ir::LiteralKind::TimestampTz; break;
        case ir::Type::Kind::Uuid: lit->lit.kind = ir::LiteralKind::Uuid; break;
        default: break;
    }
    return literal_form_ok(lit->lit, e.span, column) ? out : std::nullopt;
}

}  // namespace migc
