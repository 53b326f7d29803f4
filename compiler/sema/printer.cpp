#include "compiler/sema/printer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>

#include "compiler/json_writer.hpp"

namespace migc::print {
namespace {

// Words the language gives a meaning where a name may also stand.
constexpr std::array kKeywords{"and",        "as",      "asc",    "batch",    "between", "by",     "cascade",
                               "cast",       "check",   "comment", "constraint", "create", "default", "deferrable",
                               "delete",     "desc",    "drop",   "false",    "foreign", "from",   "identity",
                               "if",         "in",      "index",  "initially", "insert", "is",     "key",
                               "like",       "not",     "null",   "on",       "or",      "primary", "references",
                               "set",        "sql",     "table",  "true",     "unique",  "update", "using",
                               "values",     "where",   "with",   "postgresql", "sqlite", "current_date"};

std::string quote(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

std::string raw(std::string_view tag, const std::string& text) { return fmt::format("{}$${}$$", tag, text); }

std::string columns(const std::vector<std::string>& cols) {
    std::vector<std::string> out;
    for (const auto& c : cols) out.push_back(name(c));
    return fmt::format("{}", fmt::join(out, ", "));
}

std::string ref_action(ir::RefAction a) {
    switch (a) {
        case ir::RefAction::NoAction: return "no action";
        case ir::RefAction::Restrict: return "restrict";
        case ir::RefAction::Cascade: return "cascade";
        case ir::RefAction::SetNull: return "set null";
        case ir::RefAction::SetDefault: return "set default";
    }
    return "no action";
}

std::string constraint(const ir::Constraint& k) {
    std::string head = fmt::format("constraint {} ", name(k.name));
    switch (k.kind) {
        case ir::Constraint::Kind::PrimaryKey: return head + fmt::format("primary key ({})", columns(k.columns));
        case ir::Constraint::Kind::Unique: return head + fmt::format("unique ({})", columns(k.columns));
        case ir::Constraint::Kind::Check: return head + fmt::format("check ({})", expr(*k.check));
        case ir::Constraint::Kind::ForeignKey: {
            std::string out = head + fmt::format("foreign key ({}) references {} ({})", columns(k.columns),
                                                 object(k.ref_table), columns(k.ref_columns));
            if (k.on_delete) out += " on delete " + ref_action(*k.on_delete);
            if (k.on_update) out += " on update " + ref_action(*k.on_update);
            if (k.deferrable) out += k.initially_deferred ? " deferrable initially deferred" : " deferrable";
            return out;
        }
    }
    return head;
}

std::string column(const ir::Column& c) {
    std::string out = fmt::format("{} {}", name(c.name), type(c.type));
    if (c.identity) out += " identity";
    if (!c.nullable) out += " not null";
    if (c.default_value) out += " default " + expr(*c.default_value);
    if (c.comment) out += " comment " + quote(*c.comment);
    return out;
}

std::string index(const ir::Index& i) {
    std::vector<std::string> elements;
    for (const auto& el : i.elements) {
        std::string text = el.column ? name(*el.column) : "(" + expr(*el.expr) + ")";
        if (el.descending) text += *el.descending ? " desc" : " asc";
        elements.push_back(text);
    }
    std::string out = fmt::format("create {}index {} on {} ({})", i.unique ? "unique " : "", name(i.name.name),
                                  object(i.table), fmt::join(elements, ", "));
    if (i.where) out += " where " + expr(*i.where);
    return out + ";\n";
}

// Tables in key order, each after the tables its foreign keys reference (a
// cycle is broken at the first table met again).
std::vector<const ir::Table*> dependency_order(const SchemaModel& model) {
    std::vector<const ir::Table*> out;
    std::set<ir::ObjectName> seen;
    // Iterative depth-first walk: a chain of thousands of foreign keys must not
    // exhaust the stack.
    struct Frame {
        const ir::Table* table;
        std::size_t next = 0;  // the next constraint to follow
    };
    for (const auto& [key, root] : model.tables.sorted()) {
        if (!seen.insert(key).second) continue;
        std::vector<Frame> stack{{&root}};
        while (!stack.empty()) {
            Frame& f = stack.back();
            const auto& ks = f.table->constraints;
            if (f.next < ks.size()) {
                const ir::Constraint& k = ks[f.next++];
                if (k.kind != ir::Constraint::Kind::ForeignKey || k.ref_table == f.table->name) continue;
                const ir::Table* ref = model.find_table(k.ref_table);
                if (ref && seen.insert(ref->name).second) stack.push_back({ref});
                continue;
            }
            out.push_back(f.table);
            stack.pop_back();
        }
    }
    return out;
}

}  // namespace

std::string name(const std::string& identifier) {
    bool plain = !identifier.empty() && !(identifier[0] >= '0' && identifier[0] <= '9');
    for (char c : identifier)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) plain = false;
    std::string lower = identifier;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (plain && std::find(kKeywords.begin(), kKeywords.end(), lower) == kKeywords.end()) return identifier;
    std::string out = "\"";
    for (char c : identifier) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string object(const ir::ObjectName& n) { return n.schema.empty() ? name(n.name) : name(n.schema) + "." + name(n.name); }

std::string type(const ir::Type& t) {
    using K = ir::Type::Kind;
    switch (t.kind) {
        case K::SmallInt: return "smallint";
        case K::Integer: return "integer";
        case K::BigInt: return "bigint";
        case K::String: return t.length ? fmt::format("string({})", *t.length) : "string";
        case K::Text: return "text";
        case K::Boolean: return "boolean";
        case K::Numeric:
            if (t.precision && t.scale) return fmt::format("numeric({}, {})", *t.precision, *t.scale);
            if (t.precision) return fmt::format("numeric({})", *t.precision);
            return "numeric";
        case K::Real: return "real";
        case K::Double: return "double";
        case K::Date: return "date";
        case K::Time: return "time";
        case K::Timestamp: return "timestamp";
        case K::TimestampTz: return "timestamptz";
        case K::Uuid: return "uuid";
        case K::Json: return "json";
        case K::Jsonb: return "jsonb";
        case K::Bytes: return "bytes";
        case K::Enum: return object(t.enum_name());
        case K::Raw: {
            std::vector<std::string> parts;
            if (t.raw_postgresql()) parts.push_back(fmt::format("postgresql({})", *t.raw_postgresql()));
            if (t.raw_sqlite()) parts.push_back(fmt::format("sqlite({})", *t.raw_sqlite()));
            return fmt::format("{}", fmt::join(parts, " "));
        }
    }
    return "text";
}

std::string literal(const ir::Literal& lit) {
    using K = ir::LiteralKind;
    switch (lit.kind) {
        case K::String:
        case K::Uuid: return quote(lit.text);
        case K::Integer:
        case K::Decimal:
        case K::Boolean: return lit.text;
        case K::Null: return "null";
        case K::Date: return "date " + quote(lit.text);
        case K::Time: return "time " + quote(lit.text);
        case K::Timestamp: return "timestamp " + quote(lit.text);
        case K::TimestampTz: return "timestamptz " + quote(lit.text);
        case K::Bytes: return fmt::format("x'{}'", lit.text);
    }
    return "null";
}

std::string expr(const ir::Expr& e) {
    using K = ir::Expr::Kind;
    auto arg = [&](std::size_t i) { return expr(e.args[i]); };
    switch (e.kind) {
        case K::Literal: return literal(e.lit);
        case K::Column: return e.qualifier.empty() ? name(e.column) : name(e.qualifier) + "." + name(e.column);
        case K::Paren: return "(" + arg(0) + ")";
        case K::Unary: {
            std::string operand = arg(0);
            if (e.op == "not") return "not " + operand;
            return operand.starts_with('-') ? e.op + " " + operand : e.op + operand;
        }
        case K::Binary: return fmt::format("{} {} {}", arg(0), e.op, arg(1));
        case K::IsNull: return fmt::format("{} is {}null", arg(0), e.negated ? "not " : "");
        case K::In: {
            std::vector<std::string> items;
            for (std::size_t i = 1; i < e.args.size(); ++i) items.push_back(arg(i));
            return fmt::format("{} {}in ({})", arg(0), e.negated ? "not " : "", fmt::join(items, ", "));
        }
        case K::Between: return fmt::format("{} {}between {} and {}", arg(0), e.negated ? "not " : "", arg(1), arg(2));
        case K::Call: {
            if (e.op == "current_date") return "current_date";
            std::vector<std::string> args;
            for (std::size_t i = 0; i < e.args.size(); ++i) args.push_back(arg(i));
            return fmt::format("{}({})", e.op, fmt::join(args, ", "));
        }
        case K::Cast: return fmt::format("cast({} as {})", arg(0), type(*e.type));
        case K::Raw: {
            if (e.raw_all) return raw("sql", *e.raw_all);
            std::vector<std::string> parts;
            if (e.raw_postgresql) parts.push_back(raw("postgresql", *e.raw_postgresql));
            if (e.raw_sqlite) parts.push_back(raw("sqlite", *e.raw_sqlite));
            return fmt::format("{}", fmt::join(parts, " "));
        }
    }
    return "null";
}

std::string schema_sql(const SchemaModel& model) {
    fmt::memory_buffer out;
    auto put = [&](const std::string& s) { fmt::format_to(std::back_inserter(out), "{}", s); };
    for (const auto& s : model.schemas) put(fmt::format("create schema {};\n\n", name(s)));
    for (const auto& [key, e] : model.enums.sorted()) {
        std::vector<std::string> labels;
        for (const auto& l : e.labels) labels.push_back(quote(l));
        put(fmt::format("create type {} as enum ({});\n\n", object(key), fmt::join(labels, ", ")));
    }
    for (const ir::Table* t : dependency_order(model)) {
        std::vector<std::string> lines;
        for (const auto& c : t->columns) lines.push_back(column(c));
        for (const auto& k : t->constraints) lines.push_back(constraint(k));
        put(fmt::format("create table {} (\n    {}\n){};\n", object(t->name), fmt::join(lines, ",\n    "),
                        t->comment ? " comment " + quote(*t->comment) : ""));
        for (const auto& [key, i] : model.indexes.sorted())
            if (i.table == t->name) put(index(i));
        put("\n");
    }
    std::string text = fmt::to_string(out);
    if (text.ends_with("\n\n")) text.pop_back();
    return text;
}

std::string schema_json(const SchemaModel& model) {
    JsonWriter w;
    w.begin_object();
    w.key("schemas");
    w.value(std::vector<std::string>(model.schemas.begin(), model.schemas.end()));
    w.key("enums");
    w.begin_array();
    for (const auto& [key, e] : model.enums.sorted()) {
        w.begin_object();
        w.key("schema");
        w.value(key.schema);
        w.key("name");
        w.value(key.name);
        w.key("labels");
        w.value(e.labels);
        w.end_object();
    }
    w.end_array();
    w.key("tables");
    w.begin_array();
    for (const auto& [key, t] : model.tables.sorted()) {
        w.begin_object();
        w.key("schema");
        w.value(key.schema);
        w.key("name");
        w.value(key.name);
        w.key("comment");
        if (t.comment) w.value(*t.comment);
        else w.null();
        w.key("columns");
        w.begin_array();
        for (const auto& c : t.columns) {
            w.begin_object();
            w.key("name");
            w.value(c.name);
            w.key("type");
            w.value(type(c.type));
            w.key("nullable");
            w.value(c.nullable);
            w.key("default");
            if (c.default_value) w.value(expr(*c.default_value));
            else w.null();
            w.key("identity");
            w.value(c.identity);
            w.key("comment");
            if (c.comment) w.value(*c.comment);
            else w.null();
            w.end_object();
        }
        w.end_array();
        w.key("constraints");
        w.begin_array();
        for (const auto& k : t.constraints) {
            w.begin_object();
            w.key("name");
            w.value(k.name);
            w.key("kind");
            switch (k.kind) {
                case ir::Constraint::Kind::PrimaryKey: w.value("primary key"); break;
                case ir::Constraint::Kind::Unique: w.value("unique"); break;
                case ir::Constraint::Kind::ForeignKey: w.value("foreign key"); break;
                case ir::Constraint::Kind::Check: w.value("check"); break;
            }
            if (k.kind == ir::Constraint::Kind::Check) {
                w.key("check");
                w.value(expr(*k.check));
            } else {
                w.key("columns");
                w.value(k.columns);
            }
            if (k.kind == ir::Constraint::Kind::ForeignKey) {
                w.key("references");
                w.value(object(k.ref_table));
                w.key("ref_columns");
                w.value(k.ref_columns);
                w.key("on_delete");
                w.value(k.on_delete ? ref_action(*k.on_delete) : "no action");
                w.key("on_update");
                w.value(k.on_update ? ref_action(*k.on_update) : "no action");
                w.key("deferrable");
                w.value(k.deferrable);
                w.key("initially_deferred");
                w.value(k.initially_deferred);
            }
            w.end_object();
        }
        w.end_array();
        w.key("indexes");
        w.begin_array();
        for (const auto& [ikey, i] : model.indexes.sorted()) {
            if (i.table != key) continue;
            w.begin_object();
            w.key("name");
            w.value(ikey.name);
            w.key("unique");
            w.value(i.unique);
            w.key("elements");
            w.begin_array();
            for (const auto& el : i.elements) {
                std::string text = el.column ? name(*el.column) : "(" + expr(*el.expr) + ")";
                if (el.descending && *el.descending) text += " desc";
                w.value(text);
            }
            w.end_array();
            w.key("where");
            if (i.where) w.value(expr(*i.where));
            else w.null();
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.finish();
}

}  // namespace migc::print
