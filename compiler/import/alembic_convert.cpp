#include "compiler/import/alembic_convert.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "compiler/utf8.hpp"

namespace migc::pyimport {

namespace {

using EK = Expr::Kind;

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return std::string(s.substr(b, e - b));
}

// The last component of a dotted name: `sa.types.String` -> String.
std::string_view last_part(std::string_view dotted) {
    auto dot = dotted.rfind('.');
    return dot == std::string_view::npos ? dotted : dotted.substr(dot + 1);
}

bool is_number_text(std::string_view s) {
    if (s.empty()) return false;
    std::size_t i = s[0] == '-' ? 1 : 0;
    bool digits = false, dot = false;
    for (; i < s.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i])))
            digits = true;
        else if (s[i] == '.' && !dot)
            dot = true;
        else
            return false;
    }
    return digits;
}

// Text that can stand between quotes or $$ in a migc file: UTF-8 without
// control characters other than tab and newline.
bool printable(std::string_view s) {
    if (find_invalid_utf8(s) != std::string_view::npos) return false;
    return std::ranges::none_of(s, [](char c) {
        auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\n' && c != '\t' && c != '\r') || u == 0x7f;
    });
}

}  // namespace

std::string migc_name(std::string_view name) {
    static const std::set<std::string> keywords{
        "add",       "all",        "alter",   "and",        "as",      "asc",          "between",    "by",
        "cascade",   "cast",       "check",   "column",     "comment", "concurrently", "constraint", "create",
        "default",   "deferrable", "delete",  "desc",       "drop",    "enum",         "execute",    "exists",
        "false",     "foreign",    "from",    "identity",   "if",      "in",           "index",      "initially",
        "insert",    "into",       "is",      "key",        "like",    "none",         "not",        "null",
        "on",        "or",         "primary", "references", "rename",  "restrict",     "schema",     "set",
        "sql",       "table",      "to",      "true",       "type",    "unique",       "update",     "upgrade",
        "downgrade", "using",      "value",   "values",     "where",   "with",         "batch",      "postgresql",
        "sqlite",    "order",      "user",    "select",     "group"};
    bool plain =
        !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_') &&
        std::ranges::all_of(name, [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
    if (plain && !keywords.contains(lower(name))) return std::string(name);
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

namespace {

std::string sql_string(std::string_view value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

// A piece of output: a whole statement, or one action of `alter table <table>`.
struct Piece {
    std::string table;  // non-empty: an action of alter table
    std::string text;
    std::string python;  // a not-converted piece: the Python it stands for
    int group = 0;       // actions of one op.* call or one batch block: one alter table
};

class Converter {
public:
    Converter(const AlembicModule& m, std::string_view src) : m_(m), src_(src) {}

    ConvertedRevision run();

private:
    // --- header ---
    std::optional<std::vector<std::string>> names_of(const char* key, bool required);
    void read_docstring(ConvertedRevision& out);

    // --- statements ---
    std::string block(const Function& f);
    void statements(const std::vector<Stmt>& body, std::vector<Piece>& out);
    void statement(const Stmt& s, std::vector<Piece>& out);
    void batch(const Stmt& s, std::vector<Piece>& out);
    // An op.<name>(...) call, or a batch_op.<name>(...) call for `batch_table`.
    bool op_call(const Expr& call, std::string_view name, const std::string* batch_table, std::vector<Piece>& out);
    bool enum_call(const Expr& call, std::vector<Piece>& out);

    // --- pieces of statements ---
    std::optional<std::string> str(const Expr& e);
    std::optional<std::vector<std::string>> str_list(const Expr& e);
    std::optional<std::string> table_name(const Expr& name_expr, const Expr* schema);
    std::optional<std::string> type_text(const Expr& e, std::vector<Piece>* create_enums);
    std::optional<std::string> default_text(const Expr& e, std::string_view type);
    std::optional<std::string> raw_sql(const Expr& e);
    std::optional<std::string> literal(const Expr& e);
    std::optional<std::string> fk_actions(const Expr& call);
    struct ColumnOut {
        std::string name, type, text;
        bool primary_key = false, integer = false, has_fk = false;
        std::vector<std::string> after;  // statements after the table (indexes)
    };
    std::optional<ColumnOut> column(const Expr& col, const std::string& table, std::vector<Piece>& create_enums);
    std::optional<std::string> constraint(const Expr& c, const std::string& table);
    bool create_table(const Expr& call, std::vector<Piece>& out);
    bool bulk_insert(const Expr& call, std::vector<Piece>& out);
    bool execute(const Expr& call, std::vector<Piece>& out);
    bool known_options(const Expr& call, std::string_view name);
    bool alter_column(const Expr& call, const Expr* schema, std::vector<Piece>& out);
    bool create_index(const Expr& call, const Expr* schema, std::vector<Piece>& out);

    const Expr& resolve(const Expr& e) const;
    std::string python_text(const Stmt& s) const;
    static std::string hint_for(std::string_view python);
    void not_converted(const Stmt& s, std::vector<Piece>& out);
    void fail(const Expr& e, std::string why) { fail_at(e.begin, e.end, std::move(why)); }
    void fail_at(std::uint32_t b, std::uint32_t e, std::string why) {
        if (!why_) why_ = Problem{b, e, std::move(why)};
    }

    const AlembicModule& m_;
    std::string_view src_;
    std::map<std::string, const Expr*> locals_;  // assignments inside the function read so far
    std::set<std::string> enums_created_;        // in this revision
    std::optional<Problem> why_;                 // why the statement being converted is not
    int groups_ = 0;
    std::vector<Problem> problems_;
    std::vector<Problem> errors_;
};

const Expr& Converter::resolve(const Expr& e) const {
    const Expr* cur = &e;
    for (int i = 0; i < 8 && cur->kind == EK::Name; ++i) {
        if (auto l = locals_.find(cur->text); l != locals_.end())
            cur = l->second;
        else if (auto g = m_.assigns.find(cur->text); g != m_.assigns.end())
            cur = &g->second;
        else
            break;
    }
    return *cur;
}

std::optional<std::string> Converter::str(const Expr& e0) {
    const Expr& e = resolve(e0);
    if (e.kind == EK::String) {
        if (!printable(e.text)) {
            fail(e0, "a string with control characters or bytes that are not UTF-8");
            return std::nullopt;
        }
        return e.text;
    }
    if (e.kind == EK::Call &&
        (last_part(e.callee()) == "f" || e.callee() == "sa.text" || e.callee() == "text" ||
         e.callee() == "sqlalchemy.text") &&
        e.arg_count() == 1)
        return str(e.arg(0));
    fail(e0, "a value migc cannot read without running the Python (not a string literal)");
    return std::nullopt;
}

std::optional<std::vector<std::string>> Converter::str_list(const Expr& e0) {
    const Expr& e = resolve(e0);
    std::vector<std::string> out;
    if (e.kind == EK::List || e.kind == EK::Tuple) {
        for (const Expr& item : e.items) {
            auto s = str(item);
            if (!s) return std::nullopt;
            out.push_back(*s);
        }
        return out;
    }
    auto s = str(e);
    if (!s) return std::nullopt;
    out.push_back(*s);
    return out;
}

std::string names_text(const std::vector<std::string>& names) {
    std::vector<std::string> q;
    for (const auto& n : names) q.push_back(migc_name(n));
    return fmt::format("{}", fmt::join(q, ", "));
}

std::optional<std::string> Converter::table_name(const Expr& name_expr, const Expr* schema) {
    auto name = str(name_expr);
    if (!name) return std::nullopt;
    if (schema && resolve(*schema).kind != EK::None) {
        auto s = str(*schema);
        if (!s) return std::nullopt;
        return migc_name(*s) + "." + migc_name(*name);
    }
    return migc_name(*name);
}

// --- header ---

std::optional<std::vector<std::string>> Converter::names_of(const char* key, bool required) {
    auto it = m_.assigns.find(key);
    if (it == m_.assigns.end()) {
        if (required)
            errors_.push_back({0, 0,
                               fmt::format("no module-level `{} = ...` assignment: this is not an Alembic "
                                           "revision",
                                           key)});
        return std::vector<std::string>{};
    }
    const Expr& e = resolve(it->second);
    std::vector<std::string> out;
    if (e.kind == EK::None) return out;
    std::vector<const Expr*> items;
    if (e.kind == EK::List || e.kind == EK::Tuple) {
        for (const Expr& i : e.items) items.push_back(&i);
    } else {
        items.push_back(&e);
    }
    for (const Expr* i : items) {
        const Expr& v = resolve(*i);
        if (v.kind != EK::String) {
            errors_.push_back({it->second.begin, it->second.end,
                               fmt::format("`{}` must be None, a string or a tuple of strings to be imported", key)});
            return std::nullopt;
        }
        out.push_back(v.text);
    }
    return out;
}

void Converter::read_docstring(ConvertedRevision& out) {
    if (!m_.docstring) return;
    std::string_view doc = *m_.docstring;
    std::string first = trim(doc.substr(0, doc.find('\n')));
    out.header.message = printable(first) ? first : escape_for_terminal(first);
    // Alembic's template: "Create Date: 2025-01-15 10:30:00.123456"
    auto at = doc.find("Create Date:");
    if (at != std::string_view::npos) {
        std::string date = trim(doc.substr(at + 12, doc.find('\n', at) - at - 12));
        if (date.size() >= 19 && date[4] == '-' && date[7] == '-' && date[10] == ' ' && date[13] == ':' &&
            date[16] == ':') {
            bool ok = true;
            for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
                ok = ok && std::isdigit(static_cast<unsigned char>(date[i]));
            if (ok) out.create_date = date.substr(0, 19);
        }
    }
}

// --- literals, defaults, types ---

std::optional<std::string> Converter::literal(const Expr& e0) {
    const Expr& e = resolve(e0);
    switch (e.kind) {
        case EK::String:
            if (!str(e)) return std::nullopt;
            return sql_string(e.text);
        case EK::Number:
            if (!is_number_text(e.text)) break;
            return e.text;
        case EK::Neg:
            if (e.items[0].kind == EK::Number && is_number_text(e.items[0].text)) return "-" + e.items[0].text;
            break;
        case EK::True:
            return "true";
        case EK::False:
            return "false";
        case EK::None:
            return "null";
        default:
            break;
    }
    fail(e0, "a value that is not a literal (string, number, True/False/None)");
    return std::nullopt;
}

// Raw SQL from sa.text('...') or a plain string, for $$ ... $$.
std::optional<std::string> Converter::raw_sql(const Expr& e) {
    auto text = str(e);
    if (!text) return std::nullopt;
    if (text->find("$$") != std::string::npos) {
        fail(e, "SQL text that contains '$$', which migc's raw text cannot hold");
        return std::nullopt;
    }
    return trim(*text);
}

std::optional<std::string> Converter::default_text(const Expr& e0, std::string_view type) {
    const Expr& e = resolve(e0);
    std::string callee = e.callee();
    if (callee == "sa.func.now" || callee == "func.now" || callee == "sa.func.current_timestamp" ||
        callee == "func.current_timestamp" || callee == "sqlalchemy.func.now")
        return "now()";
    if (last_part(callee) == "true" || last_part(callee) == "false")
        return std::string(last_part(callee));  // sa.true()
    bool is_text = callee == "sa.text" || callee == "text" || callee == "sqlalchemy.text";
    if (e.kind == EK::String || e.kind == EK::Number) {
        const std::string& v = e.text;
        if (e.kind == EK::String && !str(e)) return std::nullopt;
        // SQLAlchemy renders a string server_default quoted, and so does migc
        // (PostgreSQL keeps '0'::numeric); only a boolean column takes no
        // string in migc: PostgreSQL reads '1' or 'false' as the boolean.
        if (type == "boolean") {
            if (v == "1" || iequals(v, "true") || iequals(v, "t")) return "true";
            if (v == "0" || iequals(v, "false") || iequals(v, "f")) return "false";
        }
        if (e.kind == EK::Number) return v;
        return sql_string(v);
    }
    if (is_text && e.arg_count() == 1) {
        auto raw = raw_sql(e.arg(0));
        if (!raw) return std::nullopt;
        std::string v = *raw;
        std::string l = lower(v);
        if (is_number_text(v) || l == "true" || l == "false" || l == "null") return l == v ? v : l;
        if (l == "now()" || l == "current_timestamp" || l == "current_timestamp()" || l == "localtimestamp")
            return "now()";
        if (l == "current_date") return "current_date";
        if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'' &&
            v.substr(1, v.size() - 2).find('\'') == std::string::npos)
            return v;
        return fmt::format("sql$$ {} $$", v);
    }
    fail(e0, "a server_default that is neither a string, sa.text('...') nor sa.func.now()");
    return std::nullopt;
}

std::optional<std::string> Converter::type_text(const Expr& e0, std::vector<Piece>* create_enums) {
    const Expr& e = resolve(e0);
    std::string dotted = e.kind == EK::Call ? e.callee() : e.dotted();
    if (dotted.empty()) {
        fail(e0, "a column type migc cannot read");
        return std::nullopt;
    }
    std::string name(last_part(dotted));
    const Expr* call = e.kind == EK::Call ? &e : nullptr;
    auto int_arg = [&](std::size_t i, const char* kw) -> std::optional<std::string> {
        const Expr* a = nullptr;
        if (call && call->arg_count() > i)
            a = &call->arg(i);
        else if (call)
            a = call->keyword(kw);
        if (!a || resolve(*a).kind == EK::None) return std::nullopt;
        if (resolve(*a).kind == EK::Number && is_number_text(resolve(*a).text)) return resolve(*a).text;
        return std::string("?");
    };
    auto timezone = [&] {
        const Expr* tz = call ? call->keyword("timezone") : nullptr;
        if (!tz && call && call->arg_count() > 0) tz = &call->arg(0);
        return tz && resolve(*tz).kind == EK::True;
    };
    static const std::map<std::string, std::string> plain{{"Integer", "integer"},
                                                          {"INTEGER", "integer"},
                                                          {"INT", "integer"},
                                                          {"SmallInteger", "smallint"},
                                                          {"SMALLINT", "smallint"},
                                                          {"BigInteger", "bigint"},
                                                          {"BIGINT", "bigint"},
                                                          {"Text", "text"},
                                                          {"TEXT", "text"},
                                                          {"UnicodeText", "text"},
                                                          {"CLOB", "text"},
                                                          {"Boolean", "boolean"},
                                                          {"BOOLEAN", "boolean"},
                                                          {"Float", "double"},
                                                          {"FLOAT", "double"},
                                                          {"Double", "double"},
                                                          {"DOUBLE_PRECISION", "double"},
                                                          {"DOUBLE", "double"},
                                                          {"REAL", "real"},
                                                          {"Date", "date"},
                                                          {"DATE", "date"},
                                                          {"Time", "time"},
                                                          {"TIME", "time"},
                                                          {"UUID", "uuid"},
                                                          {"Uuid", "uuid"},
                                                          {"GUID", "uuid"},
                                                          {"JSON", "json"},
                                                          {"JSONB", "jsonb"},
                                                          {"LargeBinary", "bytes"},
                                                          {"BYTEA", "bytes"},
                                                          {"BLOB", "bytes"},
                                                          {"LargeBinary", "bytes"},
                                                          {"BINARY", "bytes"},
                                                          {"VARBINARY", "bytes"},
                                                          {"PickleType", "bytes"}};
    if (auto p = plain.find(name); p != plain.end()) {
        if (p->second == "double" && call && int_arg(0, "precision")) {
            // sa.Float(precision=24) and below is REAL on PostgreSQL
            auto prec = int_arg(0, "precision");
            if (*prec != "?" && std::stoi(*prec) <= 24) return "real";
        }
        return p->second;
    }
    if (name == "String" || name == "VARCHAR" || name == "Unicode" || name == "NVARCHAR" || name == "AutoString" ||
        name == "CHAR" || name == "NCHAR") {
        auto n = int_arg(0, "length");
        if (n && *n == "?") {
            fail(e0, "a string length that is not a number");
            return std::nullopt;
        }
        if (name == "CHAR" || name == "NCHAR")
            return fmt::format("postgresql(CHAR({0})) sqlite(CHAR({0}))", n.value_or("1"));
        return n ? fmt::format("string({})", *n) : std::string("string");
    }
    if (name == "Numeric" || name == "NUMERIC" || name == "DECIMAL") {
        auto p = int_arg(0, "precision");
        auto s = int_arg(1, "scale");
        if ((p && *p == "?") || (s && *s == "?")) {
            fail(e0, "a precision or scale that is not a number");
            return std::nullopt;
        }
        if (!p) return std::string("numeric");
        return s ? fmt::format("numeric({}, {})", *p, *s) : fmt::format("numeric({})", *p);
    }
    if (name == "DateTime" || name == "TIMESTAMP" || name == "DATETIME")
        return timezone() ? "timestamptz" : "timestamp";
    if (name == "Enum" || name == "ENUM") {
        if (!call) {
            fail(e0, "an Enum without labels");
            return std::nullopt;
        }
        const Expr* type_name = call->keyword("name");
        if (!type_name || resolve(*type_name).kind != EK::String) {
            fail(e0, "an Enum without name='...': migc needs the type's name");
            return std::nullopt;
        }
        std::string n = resolve(*type_name).text;
        std::vector<std::string> labels;
        for (std::size_t i = 0; i < call->arg_count(); ++i) {
            const Expr& label = resolve(call->arg(i));
            if (label.kind != EK::String) {
                fail(call->arg(i),
                     "an Enum label that is not a string literal (a Python enum class needs its labels "
                     "written out)");
                return std::nullopt;
            }
            labels.push_back(sql_string(label.text));
        }
        const Expr* create_type = call->keyword("create_type");
        bool create = !create_type || resolve(*create_type).kind != EK::False;
        if (create_enums && create && !enums_created_.contains(n)) {
            if (labels.empty()) {
                fail(e0, "an Enum without labels");
                return std::nullopt;
            }
            enums_created_.insert(n);
            create_enums->push_back(
                {"", fmt::format("create type {} as enum ({});", migc_name(n), fmt::join(labels, ", ")), ""});
        }
        return migc_name(n);
    }
    fail(e0, fmt::format("a column type migc does not map: {}", dotted));
    return std::nullopt;
}

std::optional<std::string> Converter::fk_actions(const Expr& call) {
    std::string out;
    for (const char* kw : {"ondelete", "onupdate"}) {
        const Expr* a = call.keyword(kw);
        if (!a || resolve(*a).kind == EK::None) continue;
        auto v = str(*a);
        if (!v) return std::nullopt;
        std::string l = lower(trim(*v));
        if (l != "cascade" && l != "restrict" && l != "set null" && l != "set default" && l != "no action") {
            fail(*a, fmt::format("an {} action migc does not know: '{}'", kw, *v));
            return std::nullopt;
        }
        out += fmt::format(" on {} {}", kw == std::string_view("ondelete") ? "delete" : "update", l);
    }
    if (const Expr* d = call.keyword("deferrable"); d && resolve(*d).kind == EK::True) {
        out += " deferrable";
        if (const Expr* i = call.keyword("initially");
            i && resolve(*i).kind == EK::String && iequals(resolve(*i).text, "deferred"))
            out += " initially deferred";
    }
    return out;
}

// 'table.column' or 'schema.table.column' -> {table, column}
std::optional<std::pair<std::string, std::string>> split_ref(std::string_view ref) {
    auto dot = ref.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == ref.size()) return std::nullopt;
    std::string_view table = ref.substr(0, dot);
    std::string t;
    if (auto d2 = table.rfind('.'); d2 != std::string_view::npos)
        t = migc_name(table.substr(0, d2)) + "." + migc_name(table.substr(d2 + 1));
    else
        t = migc_name(table);
    return std::pair{t, migc_name(ref.substr(dot + 1))};
}

std::optional<Converter::ColumnOut> Converter::column(const Expr& col0, const std::string& table,
                                                      std::vector<Piece>& create_enums) {
    const Expr& col = resolve(col0);
    std::string callee(last_part(col.callee()));
    if (callee != "Column") {
        fail(col0, "not an sa.Column(...)");
        return std::nullopt;
    }
    if (col.arg_count() < 2) {
        fail(col0, "an sa.Column without a name and a type");
        return std::nullopt;
    }
    ColumnOut c;
    auto name = str(col.arg(0));
    if (!name) return std::nullopt;
    c.name = *name;
    auto type = type_text(col.arg(1), &create_enums);
    if (!type) return std::nullopt;
    c.type = *type;
    c.integer = c.type == "integer" || c.type == "bigint" || c.type == "smallint";
    std::string refs;
    bool identity = false;
    for (std::size_t i = 2; i < col.arg_count(); ++i) {
        const Expr& a = resolve(col.arg(i));
        std::string k(last_part(a.callee()));
        if (k == "ForeignKey" && a.arg_count() >= 1) {
            auto target = str(a.arg(0));
            if (!target) return std::nullopt;
            auto ref = split_ref(*target);
            if (!ref) {
                fail(a.arg(0), "a ForeignKey target that is not 'table.column'");
                return std::nullopt;
            }
            auto actions = fk_actions(a);
            if (!actions) return std::nullopt;
            refs = fmt::format(" references {} ({}){}", ref->first, ref->second, *actions);
            c.has_fk = true;
        } else if (k == "Identity") {
            identity = true;
        } else {
            fail(col.arg(i),
                 fmt::format("a column argument migc does not convert: {}", a.callee().empty() ? "?" : a.callee()));
            return std::nullopt;
        }
    }
    auto flag = [&](const char* kw) -> std::optional<bool> {
        const Expr* a = col.keyword(kw);
        if (!a) return std::nullopt;
        EK k = resolve(*a).kind;
        if (k == EK::True) return true;
        if (k == EK::False) return false;
        return std::nullopt;
    };
    c.primary_key = flag("primary_key").value_or(false);
    std::string text = fmt::format("{} {}", migc_name(c.name), c.type);
    c.text = text;  // the name and the type; the rest is appended by the caller's order below
    std::string rest;
    if (identity) rest += " identity";
    auto nullable = flag("nullable");
    if (nullable && !*nullable && !c.primary_key) rest += " not null";
    bool unique = flag("unique").value_or(false);
    bool index = flag("index").value_or(false);
    if (unique && !index) rest += " unique";
    if (const Expr* d = col.keyword("server_default"); d && resolve(*d).kind != EK::None) {
        auto def = default_text(*d, c.type);
        if (!def) return std::nullopt;
        rest += " default " + *def;
    }
    rest += refs;
    if (const Expr* cm = col.keyword("comment"); cm && resolve(*cm).kind != EK::None) {
        auto v = str(*cm);
        if (!v) return std::nullopt;
        rest += " comment " + sql_string(*v);
    }
    for (const auto& [k, v] : col.keywords) {
        static const std::set<std::string> known{"primary_key",
                                                 "nullable",
                                                 "unique",
                                                 "index",
                                                 "server_default",
                                                 "comment",
                                                 "autoincrement",
                                                 "default",
                                                 "onupdate",
                                                 "doc",
                                                 "key",
                                                 "info",
                                                 "quote",
                                                 "system",
                                                 "type_",
                                                 "name",
                                                 "sqlite_on_conflict_not_null"};
        if (!known.contains(k)) {
            fail(v, fmt::format("a column option migc does not convert: {}=", k));
            return std::nullopt;
        }
        if (k == "autoincrement" && resolve(v).kind == EK::True) identity = true;
    }
    if (identity && rest.find(" identity") == std::string::npos) rest = " identity" + rest;
    if (index) {
        std::string ix = fmt::format("ix_{}_{}", table, c.name);
        c.after.push_back(fmt::format("create {}index {} on {} ({});", unique ? "unique " : "", migc_name(ix),
                                      migc_name(table), migc_name(c.name)));
    }
    c.text += rest;
    return c;
}

std::optional<std::string> Converter::constraint(const Expr& c0, const std::string& table) {
    const Expr& c = resolve(c0);
    std::string kind(last_part(c.callee()));
    std::string named;
    if (const Expr* n = c.keyword("name"); n && resolve(*n).kind != EK::None) {
        auto v = str(*n);
        if (!v) return std::nullopt;
        named = fmt::format("constraint {} ", migc_name(*v));
    }
    if (kind == "PrimaryKeyConstraint" || kind == "UniqueConstraint") {
        std::vector<std::string> cols;
        for (std::size_t i = 0; i < c.arg_count(); ++i) {
            auto v = str(c.arg(i));
            if (!v) return std::nullopt;
            cols.push_back(*v);
        }
        return fmt::format("{}{} ({})", named, kind == "UniqueConstraint" ? "unique" : "primary key", names_text(cols));
    }
    if (kind == "ForeignKeyConstraint" && c.arg_count() >= 2) {
        auto local = str_list(c.arg(0));
        auto remote = str_list(c.arg(1));
        if (!local || !remote) return std::nullopt;
        std::string reftable;
        std::vector<std::string> refcols;
        for (const auto& r : *remote) {
            auto ref = split_ref(r);
            if (!ref || (!reftable.empty() && reftable != ref->first)) {
                fail(c.arg(1), "ForeignKeyConstraint targets that are not 'table.column' of one table");
                return std::nullopt;
            }
            reftable = ref->first;
            refcols.push_back(ref->second);
        }
        auto actions = fk_actions(c);
        if (!actions) return std::nullopt;
        std::vector<std::string> quoted;
        for (auto& r : refcols) quoted.push_back(r);
        return fmt::format("{}foreign key ({}) references {} ({}){}", named, names_text(*local), reftable,
                           fmt::join(quoted, ", "), *actions);
    }
    if (kind == "CheckConstraint" && c.arg_count() >= 1) {
        auto sql = raw_sql(c.arg(0));
        if (!sql) return std::nullopt;
        // A table-level check must be named in migc; PostgreSQL names an
        // unnamed one <table>_check.
        if (named.empty()) named = fmt::format("constraint {} ", migc_name(table + "_check"));
        return fmt::format("{}check (sql$$ {} $$)", named, *sql);
    }
    fail(c0, fmt::format("a table argument migc does not convert: {}", c.callee().empty() ? "?" : c.callee()));
    return std::nullopt;
}

// --- op.* calls ---

bool Converter::create_table(const Expr& call, std::vector<Piece>& out) {
    if (call.arg_count() < 1) {
        fail(call, "create_table without a table name");
        return false;
    }
    auto raw_name = str(call.arg(0));
    if (!raw_name) return false;
    auto table = table_name(call.arg(0), call.keyword("schema"));
    if (!table) return false;
    std::vector<Piece> before;
    std::vector<ColumnOut> columns;
    std::vector<std::string> constraints;
    std::vector<std::string> after;
    std::vector<std::string> pk_columns;
    std::string named_pk;  // the one column of a named primary key
    for (std::size_t i = 1; i < call.arg_count(); ++i) {
        const Expr& a = resolve(call.arg(i));
        if (last_part(a.callee()) == "Column") {
            auto c = column(a, *raw_name, before);
            if (!c) return false;
            if (c->primary_key) pk_columns.push_back(c->name);
            after.insert(after.end(), c->after.begin(), c->after.end());
            columns.push_back(std::move(*c));
        } else if (last_part(a.callee()) == "PrimaryKeyConstraint" && !a.keyword("name")) {
            for (std::size_t j = 0; j < a.arg_count(); ++j) {
                auto v = str(a.arg(j));
                if (!v) return false;
                pk_columns.push_back(*v);
            }
        } else {
            auto c = constraint(a, *raw_name);
            if (!c) return false;
            if (last_part(a.callee()) == "PrimaryKeyConstraint") {
                named_pk = a.arg_count() == 1 && resolve(a.arg(0)).kind == EK::String ? resolve(a.arg(0)).text : "";
                pk_columns.push_back("\x01named");
            }
            constraints.push_back(*c);
        }
    }
    std::string comment;
    for (const auto& [k, v] : call.keywords) {
        if (k == "schema" || k.starts_with("mysql_") || k.starts_with("mariadb_")) continue;
        if (k == "comment") {
            auto text = str(v);
            if (!text) return false;
            comment = " comment " + sql_string(*text);
            continue;
        }
        fail(v, fmt::format("a create_table option migc does not convert: {}=", k));
        return false;
    }
    // One integer primary-key column: SQLAlchemy makes it SERIAL (autoincrement
    // "auto"); migc's equivalent is identity.
    bool single_pk = pk_columns.size() == 1 && pk_columns.front() != "\x01named";
    std::string key_column = single_pk ? pk_columns.front() : named_pk;
    auto autoincrement_off = [&](const std::string& name) {
        for (std::size_t i = 1; i < call.arg_count(); ++i) {
            const Expr& a = resolve(call.arg(i));
            if (last_part(a.callee()) == "Column" && a.arg_count() > 0 && resolve(a.arg(0)).kind == EK::String &&
                resolve(a.arg(0)).text == name)
                if (const Expr* k = a.keyword("autoincrement"); k && resolve(*k).kind == EK::False) return true;
        }
        return false;
    };
    std::vector<std::string> lines;
    for (auto& c : columns) {
        std::string text = c.text;
        if (!key_column.empty() && c.name == key_column) {
            std::string head = fmt::format("{} {}", migc_name(c.name), c.type);
            std::string rest = text.substr(head.size());
            if (rest.starts_with(" not null")) rest = rest.substr(9);
            bool identity = rest.starts_with(" identity");
            if (identity) rest = rest.substr(9);
            identity = identity || (c.integer && !c.has_fk && !autoincrement_off(c.name) &&
                                    rest.find(" default") == std::string::npos);
            text = head + (single_pk ? " primary key" : "") + (identity ? " identity" : "") +
                   (single_pk ? "" : " not null") + rest;
        }
        lines.push_back(text);
    }
    if (!single_pk && !pk_columns.empty() && std::ranges::count(pk_columns, "\x01named") == 0) {
        std::vector<std::string> cols(pk_columns.begin(), pk_columns.end());
        constraints.insert(constraints.begin(), fmt::format("primary key ({})", names_text(cols)));
    }
    lines.insert(lines.end(), constraints.begin(), constraints.end());
    out.insert(out.end(), before.begin(), before.end());
    std::string body;
    for (std::size_t i = 0; i < lines.size(); ++i)
        body += fmt::format("        {}{}\n", lines[i], i + 1 < lines.size() ? "," : "");
    out.push_back({"", fmt::format("create table {} (\n{}    ){};", *table, body, comment), ""});
    for (auto& a : after) out.push_back({"", a, ""});
    return true;
}

bool Converter::bulk_insert(const Expr& call, std::vector<Piece>& out) {
    if (call.arg_count() < 2) {
        fail(call, "bulk_insert without a table and rows");
        return false;
    }
    const Expr& t = resolve(call.arg(0));
    std::string k(last_part(t.callee()));
    if ((k != "table" && k != "Table") || t.arg_count() < 1) {
        fail(call.arg(0), "a bulk_insert table that is not an sa.table('name', ...) of this module");
        return false;
    }
    auto table = table_name(t.arg(0), t.keyword("schema"));
    if (!table) return false;
    const Expr& rows = resolve(call.arg(1));
    if (rows.kind != EK::List && rows.kind != EK::Tuple) {
        fail(call.arg(1), "bulk_insert rows that are not a literal list of dicts");
        return false;
    }
    // Rows with the same keys share one insert, as Alembic's multi-row insert.
    std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> groups;
    for (const Expr& row0 : rows.items) {
        const Expr& row = resolve(row0);
        if (row.kind != EK::Dict) {
            fail(row0, "a bulk_insert row that is not a literal dict");
            return false;
        }
        std::vector<std::string> keys, values;
        for (std::size_t i = 0; i + 1 < row.items.size(); i += 2) {
            auto key = str(row.items[i]);
            if (!key) return false;
            auto v = literal(row.items[i + 1]);
            if (!v) return false;
            keys.push_back(*key);
            values.push_back(*v);
        }
        if (groups.empty() || groups.back().first != keys) groups.push_back({keys, {}});
        groups.back().second.push_back(fmt::format("({})", fmt::join(values, ", ")));
    }
    for (auto& [keys, values] : groups)
        out.push_back({"",
                       fmt::format("insert into {} ({}) values\n        {};", *table, names_text(keys),
                                   fmt::join(values, ",\n        ")),
                       ""});
    return true;
}

// Multi-line SQL as Python held it, its common indentation replaced by `indent` spaces.
std::string reindent(std::string_view text, std::size_t indent) {
    std::vector<std::string_view> lines;
    for (std::size_t b = 0; b <= text.size();) {
        std::size_t e = text.find('\n', b);
        if (e == std::string_view::npos) e = text.size();
        lines.push_back(text.substr(b, e - b));
        b = e + 1;
    }
    while (!lines.empty() && lines.front().find_first_not_of(" \t\r") == std::string_view::npos)
        lines.erase(lines.begin());
    while (!lines.empty() && lines.back().find_first_not_of(" \t\r") == std::string_view::npos) lines.pop_back();
    std::size_t common = std::string_view::npos;
    for (std::string_view l : lines) {
        std::size_t n = l.find_first_not_of(" \t");
        if (n != std::string_view::npos) common = std::min(common, n);
    }
    if (common == std::string_view::npos) common = 0;
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view l = lines[i].substr(std::min(common, lines[i].size()));
        while (!l.empty() && (l.back() == ' ' || l.back() == '\t' || l.back() == '\r')) l.remove_suffix(1);
        out += l.empty() ? std::string("\n") : fmt::format("{:{}}{}\n", "", indent, l);
    }
    return out;
}

// `CREATE TYPE mood AS ENUM ('a', 'b')` as migc's own statement, so that the
// schema model knows the type; nullopt for anything else.
std::optional<std::string> create_enum_type(std::string_view sql) {
    std::string l = lower(sql);
    constexpr std::string_view head = "create type ";
    if (!l.starts_with(head)) return std::nullopt;
    std::size_t p = head.size();
    std::size_t name_end = p;
    while (name_end < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[name_end])) || sql[name_end] == '_'))
        ++name_end;
    std::string name(sql.substr(p, name_end - p));
    std::string rest = trim(l.substr(name_end));
    if (name.empty() || !rest.starts_with("as enum")) return std::nullopt;
    std::string_view list = sql.substr(sql.size() - trim(sql.substr(name_end)).size() + 7);  // after "as enum"
    std::string labels = trim(list);
    if (labels.size() < 2 || labels.front() != '(' || labels.back() != ')') return std::nullopt;
    // 'a', 'b' ... : single-quoted labels ('' inside), commas, spaces
    std::vector<std::string> out;
    for (std::size_t i = 1; i + 1 < labels.size();) {
        char c = labels[i];
        if (c == ' ' || c == ',' || c == '\n' || c == '\t') {
            ++i;
            continue;
        }
        if (c != '\'') return std::nullopt;
        std::size_t j = i + 1;
        for (; j + 1 < labels.size(); ++j) {
            if (labels[j] == '\'' && labels[j + 1] == '\'') {
                ++j;
                continue;
            }
            if (labels[j] == '\'') break;
        }
        if (labels[j] != '\'') return std::nullopt;
        out.push_back(labels.substr(i, j - i + 1));
        i = j + 1;
    }
    if (out.empty()) return std::nullopt;
    return fmt::format("create type {} as enum ({});", migc_name(name), fmt::join(out, ", "));
}

// `ALTER TYPE mood ADD VALUE 'x' [BEFORE|AFTER 'y']` as migc's alter type;
// nullopt for anything else (IF NOT EXISTS stays raw SQL).
std::optional<std::string> add_enum_value(std::string_view sql) {
    std::vector<std::string> words;  // split on spaces, quotes kept whole
    for (std::size_t i = 0; i < sql.size();) {
        if (std::isspace(static_cast<unsigned char>(sql[i]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        if (sql[i] == '\'') {
            for (j = i + 1; j < sql.size(); ++j) {
                if (sql[j] == '\'' && j + 1 < sql.size() && sql[j + 1] == '\'') {
                    ++j;
                    continue;
                }
                if (sql[j] == '\'') break;
            }
            if (j >= sql.size()) return std::nullopt;
            ++j;
        } else {
            while (j < sql.size() && !std::isspace(static_cast<unsigned char>(sql[j]))) ++j;
        }
        words.emplace_back(sql.substr(i, j - i));
        i = j;
    }
    auto is_label = [](const std::string& w) { return w.size() >= 2 && w.front() == '\'' && w.back() == '\''; };
    auto is_plain = [](const std::string& w) {
        return !w.empty() &&
               std::ranges::all_of(w, [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
    };
    if (words.size() != 6 && words.size() != 8) return std::nullopt;
    if (lower(words[0]) != "alter" || lower(words[1]) != "type" || !is_plain(words[2]) || lower(words[3]) != "add" ||
        lower(words[4]) != "value" || !is_label(words[5]))
        return std::nullopt;
    std::string text = fmt::format("alter type {} add value {}", migc_name(words[2]), words[5]);
    if (words.size() == 8) {
        std::string where = lower(words[6]);
        if ((where != "before" && where != "after") || !is_label(words[7])) return std::nullopt;
        text += fmt::format(" {} {}", where, words[7]);
    }
    return text + ";";
}

bool Converter::execute(const Expr& call, std::vector<Piece>& out) {
    if (call.arg_count() != 1) {
        fail(call, "op.execute with other than one argument");
        return false;
    }
    const Expr& a = resolve(call.arg(0));
    if (a.kind != EK::String &&
        !(a.kind == EK::Call && (a.callee() == "sa.text" || a.callee() == "text" || a.callee() == "sqlalchemy.text"))) {
        fail(call.arg(0),
             "op.execute of something other than a string or sa.text('...') (a SQLAlchemy construct "
             "needs writing out as SQL)");
        return false;
    }
    auto sql = raw_sql(call.arg(0));
    if (!sql) return false;
    // DROP TYPE mood: migc's own statement, so that the model knows.
    std::string s = *sql;
    if (!s.empty() && s.back() == ';') s = trim(s.substr(0, s.size() - 1));
    std::string l = lower(s);
    for (std::string_view prefix : {"drop type if exists ", "drop type "}) {
        if (l.starts_with(prefix)) {
            std::string name = trim(s.substr(prefix.size()));
            bool plain = !name.empty() && std::ranges::all_of(name, [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
            });
            if (plain && prefix == "drop type ") {
                out.push_back({"", fmt::format("drop type {};", migc_name(name)), ""});
                return true;
            }
            break;
        }
    }
    if (auto add = add_enum_value(s)) {
        out.push_back({"", *add, ""});
        return true;
    }
    if (auto type = create_enum_type(s)) {
        out.push_back({"", *type, ""});
        return true;
    }
    if (sql->find('\n') != std::string::npos)
        out.push_back({"", fmt::format("execute $$\n{}    $$;", reindent(*str(call.arg(0)), 8)), ""});
    else
        out.push_back({"", fmt::format("execute $$ {} $$;", *sql), ""});
    return true;
}

// postgresql.ENUM(..., name='mood').create(op.get_bind()) and .drop(...)
bool Converter::enum_call(const Expr& call, std::vector<Piece>& out) {
    const Expr& callee = call.items.front();
    if (callee.kind != EK::Attr || (callee.text != "create" && callee.text != "drop")) return false;
    const Expr& target = resolve(callee.items.front());
    std::string k(last_part(target.callee()));
    if (k != "Enum" && k != "ENUM") return false;
    const Expr* n = target.keyword("name");
    if (!n || resolve(*n).kind != EK::String) {
        fail(target, "an Enum without name='...'");
        return true;
    }
    std::string name = resolve(*n).text;
    if (callee.text == "drop") {
        out.push_back({"", fmt::format("drop type {};", migc_name(name)), ""});
        return true;
    }
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < target.arg_count(); ++i) {
        const Expr& label = resolve(target.arg(i));
        if (label.kind != EK::String) {
            fail(target.arg(i), "an Enum label that is not a string literal");
            return true;
        }
        labels.push_back(sql_string(label.text));
    }
    enums_created_.insert(name);
    out.push_back({"", fmt::format("create type {} as enum ({});", migc_name(name), fmt::join(labels, ", ")), ""});
    return true;
}

bool Converter::alter_column(const Expr& call, const Expr* schema, std::vector<Piece>& out) {
    auto arg = [&](std::size_t i, const char* kw) -> const Expr* {
        return call.arg_count() > i ? &call.arg(i) : call.keyword(kw);
    };
    const Expr* te = arg(0, "table_name");
    const Expr* ce = arg(1, "column_name");
    if (!te || !ce) {
        fail(call, "op.alter_column without a table and a column");
        return false;
    }
    auto t = table_name(*te, schema);
    auto c = str(*ce);
    if (!t || !c) return false;
    std::string col = migc_name(*c);
    std::vector<std::string> actions;
    std::string type_for_default;
    if (const Expr* ty = call.keyword("type_")) {
        auto tt = type_text(*ty, nullptr);
        if (!tt) return false;
        type_for_default = *tt;
    } else if (const Expr* ety = call.keyword("existing_type")) {
        auto saved = why_;
        auto tt = type_text(*ety, nullptr);
        why_ = saved;  // an existing type only helps read defaults
        if (tt) type_for_default = *tt;
    }
    // Alembic's order: nullability, default, type, comment, then the rename.
    if (const Expr* n = call.keyword("nullable"); n && resolve(*n).kind != EK::None) {
        EK k = resolve(*n).kind;
        if (k != EK::True && k != EK::False) {
            fail(*n, "nullable= that is not True or False");
            return false;
        }
        actions.push_back(fmt::format("alter column {} {} not null", col, k == EK::True ? "drop" : "set"));
    }
    if (const Expr* d = call.keyword("server_default"); d && resolve(*d).kind != EK::False) {
        if (resolve(*d).kind == EK::None) {
            actions.push_back(fmt::format("alter column {} drop default", col));
        } else {
            auto def = default_text(*d, type_for_default);
            if (!def) return false;
            actions.push_back(fmt::format("alter column {} set default {}", col, *def));
        }
    }
    if (const Expr* ty = call.keyword("type_"); ty && resolve(*ty).kind != EK::None) {
        std::string using_clause;
        if (const Expr* u = call.keyword("postgresql_using")) {
            auto sql = raw_sql(*u);
            if (!sql) return false;
            // Alembic uses it on PostgreSQL only; SQLite's rebuild copies the value as it is.
            using_clause = fmt::format(" using postgresql$$ {} $$ sqlite$$ {} $$", *sql, col);
        }
        actions.push_back(fmt::format("alter column {} type {}{}", col, type_for_default, using_clause));
    }
    if (const Expr* cm = call.keyword("comment"); cm && resolve(*cm).kind != EK::False) {
        std::string text;
        if (resolve(*cm).kind != EK::None) {
            auto v = str(*cm);
            if (!v) return false;
            text = *v;
        }
        actions.push_back(fmt::format("alter column {} comment {}", col, sql_string(text)));
    }
    if (const Expr* nn = call.keyword("new_column_name"); nn && resolve(*nn).kind != EK::None) {
        auto v = str(*nn);
        if (!v) return false;
        actions.push_back(fmt::format("rename column {} to {}", col, migc_name(*v)));
    }
    for (const auto& [k, v] : call.keywords) {
        static const std::set<std::string> known{"nullable",
                                                 "server_default",
                                                 "type_",
                                                 "existing_type",
                                                 "existing_server_default",
                                                 "existing_nullable",
                                                 "comment",
                                                 "existing_comment",
                                                 "new_column_name",
                                                 "postgresql_using",
                                                 "schema",
                                                 "table_name",
                                                 "column_name",
                                                 "autoincrement",
                                                 "existing_autoincrement"};
        if (!known.contains(k)) {
            fail(v, fmt::format("an alter_column option migc does not convert: {}=", k));
            return false;
        }
    }
    for (auto& a : actions) out.push_back({*t, a, ""});
    return true;
}

bool Converter::create_index(const Expr& call, const Expr* schema, std::vector<Piece>& out) {
    if (call.arg_count() < 3) {
        fail(call, "op.create_index without a name, a table and columns");
        return false;
    }
    auto ix = str(call.arg(0));
    auto t = table_name(call.arg(1), schema);
    if (!ix || !t) return false;
    const Expr& cols = resolve(call.arg(2));
    std::vector<std::string> parts;
    std::vector<const Expr*> items;
    if (cols.kind == EK::List || cols.kind == EK::Tuple)
        for (const Expr& i : cols.items) items.push_back(&i);
    else
        items.push_back(&cols);
    for (const Expr* i : items) {
        const Expr& c = resolve(*i);
        if (c.kind == EK::String)
            parts.push_back(migc_name(c.text));
        else if (c.kind == EK::Call && (c.callee() == "sa.text" || c.callee() == "text") && c.arg_count() == 1) {
            auto sql = raw_sql(c.arg(0));
            if (!sql) return false;
            parts.push_back(fmt::format("(sql$$ {} $$)", *sql));
        } else {
            fail(*i, "an index column that is neither a name nor sa.text('...')");
            return false;
        }
    }
    bool unique = false, concurrently = false, if_not_exists = false;
    std::string where, pg_where, sqlite_where;
    for (const auto& [k, v] : call.keywords) {
        EK vk = resolve(v).kind;
        if (k == "unique")
            unique = vk == EK::True;
        else if (k == "postgresql_concurrently")
            concurrently = vk == EK::True;
        else if (k == "if_not_exists")
            if_not_exists = vk == EK::True;
        else if (k == "postgresql_where" || k == "sqlite_where") {
            if (vk == EK::None) continue;
            auto sql = raw_sql(v);
            if (!sql) return false;
            (k == "postgresql_where" ? pg_where : sqlite_where) = *sql;
        } else if (k == "schema" || k == "table_name" || k.starts_with("mysql_")) {
        } else {
            fail(v, fmt::format("a create_index option migc does not convert: {}=", k));
            return false;
        }
    }
    // One condition for both (SQLite has partial indexes too), or each its own.
    if (!pg_where.empty() && (sqlite_where.empty() || sqlite_where == pg_where))
        where = fmt::format(" where sql$$ {} $$", pg_where);
    else if (!pg_where.empty())
        where = fmt::format(" where postgresql$$ {} $$ sqlite$$ {} $$", pg_where, sqlite_where);
    else if (!sqlite_where.empty())
        where = fmt::format(" where sql$$ {} $$", sqlite_where);
    out.push_back({"",
                   fmt::format("create {}index {}{}{} on {} ({}){};", unique ? "unique " : "",
                               concurrently ? "concurrently " : "", if_not_exists ? "if not exists " : "",
                               migc_name(*ix), *t, fmt::join(parts, ", "), where),
                   ""});
    return true;
}

// Every keyword argument of an op.* call is converted or refused, never
// dropped: the ones each converter reads, and other engines' options (mysql_
// ...), which change nothing on PostgreSQL or SQLite.
bool Converter::known_options(const Expr& call, std::string_view name) {
    static const std::map<std::string, std::set<std::string>, std::less<>> known{
        {"create_table", {}},  // checks its own
        {"alter_column", {}},
        {"create_index", {}},
        {"drop_table", {"schema", "if_exists"}},
        {"rename_table", {"schema"}},
        {"add_column", {"schema"}},
        {"drop_column",
         {"schema", "table_name", "column_name", "existing_type", "existing_nullable", "existing_server_default",
          "existing_comment"}},
        {"drop_index", {"schema", "index_name", "table_name", "postgresql_concurrently", "if_exists"}},
        {"create_unique_constraint", {"schema"}},
        {"create_primary_key", {"schema"}},
        {"create_check_constraint", {"schema"}},
        {"create_foreign_key", {"source_schema", "referent_schema", "ondelete", "onupdate", "deferrable", "initially"}},
        {"drop_constraint", {"schema", "type_"}},
        {"execute", {"execution_options"}},
        {"bulk_insert", {"multiinsert"}},
        {"create_table_comment", {"schema", "existing_comment"}},
        {"drop_table_comment", {"schema", "existing_comment"}},
    };
    auto it = known.find(name);
    if (it == known.end() || it->second.empty()) return true;
    for (const auto& [k, v] : call.keywords) {
        if (it->second.contains(k) || k.starts_with("mysql_") || k.starts_with("mariadb_") || k.starts_with("mssql_") ||
            k.starts_with("oracle_"))
            continue;
        fail(v, fmt::format("an op.{} option migc does not convert: {}=", name, k));
        return false;
    }
    return true;
}

bool Converter::op_call(const Expr& call0, std::string_view name, const std::string* batch_table,
                        std::vector<Piece>& out) {
    // A batch call is the op.* call without the table argument: put it back.
    Expr call = call0;
    Expr table_arg;
    table_arg.kind = EK::String;
    if (batch_table) {
        table_arg.text = *batch_table;
        table_arg.begin = call0.begin;
        table_arg.end = call0.end;
        std::size_t at = 0;
        if (name == "add_column" || name == "drop_column" || name == "alter_column")
            at = 0;
        else if (name == "create_index" || name == "create_unique_constraint" || name == "create_foreign_key" ||
                 name == "create_check_constraint" || name == "drop_constraint" || name == "create_primary_key")
            at = 1;
        else if (name == "drop_index")
            at = 99;
        else {
            fail(call0, fmt::format("batch_op.{} is not converted", name));
            return false;
        }
        if (at == 99)
            call.keywords.emplace_back("table_name", table_arg);
        else if (call.items.size() >= at + 1)
            call.items.insert(call.items.begin() + 1 + static_cast<std::ptrdiff_t>(at), table_arg);
    }
    if (!known_options(call, name)) return false;
    auto need = [&](std::size_t n) {
        if (call.arg_count() >= n) return true;
        fail(call0, fmt::format("op.{} with fewer arguments than migc reads", name));
        return false;
    };
    const Expr* schema = call.keyword("schema");
    // Keyword forms of the leading arguments (table_name=..., column_name=...).
    auto arg = [&](std::size_t i, const char* kw) -> const Expr* {
        if (call.arg_count() > i) return &call.arg(i);
        return call.keyword(kw);
    };

    if (name == "create_table") return create_table(call, out);
    if (name == "drop_table") {
        if (!need(1)) return false;
        auto t = table_name(call.arg(0), schema);
        if (!t) return false;
        const Expr* ifx = call.keyword("if_exists");
        out.push_back(
            {"", fmt::format("drop table {}{};", ifx && resolve(*ifx).kind == EK::True ? "if exists " : "", *t), ""});
        return true;
    }
    if (name == "rename_table") {
        if (!need(2)) return false;
        auto t = table_name(call.arg(0), schema);
        auto u = str(call.arg(1));
        if (!t || !u) return false;
        out.push_back({"", fmt::format("alter table {} rename to {};", *t, migc_name(*u)), ""});
        return true;
    }
    if (name == "add_column") {
        if (!need(2)) return false;
        auto t = table_name(call.arg(0), schema);
        auto raw = str(call.arg(0));
        if (!t || !raw) return false;
        std::vector<Piece> enums;
        auto c = column(call.arg(1), *raw, enums);
        if (!c) return false;
        std::string text = c->text;
        if (c->primary_key)
            text = fmt::format("{} {} primary key{}", migc_name(c->name), c->type,
                               text.substr(migc_name(c->name).size() + 1 + c->type.size()));
        out.insert(out.end(), enums.begin(), enums.end());
        out.push_back({*t, "add column " + text, ""});
        for (auto& a : c->after) out.push_back({"", a, ""});
        return true;
    }
    if (name == "drop_column") {
        const Expr* te = arg(0, "table_name");
        const Expr* ce = arg(1, "column_name");
        if (!te || !ce) return need(2);
        auto t = table_name(*te, schema);
        auto c = str(*ce);
        if (!t || !c) return false;
        out.push_back({*t, "drop column " + migc_name(*c), ""});
        return true;
    }
    if (name == "alter_column") return alter_column(call, schema, out);
    if (name == "create_index") return create_index(call, schema, out);
    if (name == "drop_index") {
        const Expr* ie = arg(0, "index_name");
        if (!ie) return need(1);
        auto ix = str(*ie);
        if (!ix) return false;
        std::string qualified = migc_name(*ix);
        if (schema && resolve(*schema).kind != EK::None) {
            auto s = str(*schema);
            if (!s) return false;
            qualified = migc_name(*s) + "." + qualified;
        }
        const Expr* conc = call.keyword("postgresql_concurrently");
        const Expr* ifx = call.keyword("if_exists");
        out.push_back({"",
                       fmt::format("drop index {}{}{};", conc && resolve(*conc).kind == EK::True ? "concurrently " : "",
                                   ifx && resolve(*ifx).kind == EK::True ? "if exists " : "", qualified),
                       ""});
        return true;
    }
    if (name == "create_unique_constraint" || name == "create_primary_key" || name == "create_check_constraint") {
        if (!need(3)) return false;
        const Expr& n = resolve(call.arg(0));
        std::string named;
        if (n.kind != EK::None) {
            auto v = str(call.arg(0));
            if (!v) return false;
            named = fmt::format("constraint {} ", migc_name(*v));
        }
        auto t = table_name(call.arg(1), schema);
        if (!t) return false;
        if (name == "create_check_constraint") {
            auto sql = raw_sql(call.arg(2));
            if (!sql) return false;
            if (named.empty()) {
                fail(call0, "create_check_constraint without a name: migc needs one");
                return false;
            }
            out.push_back({*t, fmt::format("add {}check (sql$$ {} $$)", named, *sql), ""});
            return true;
        }
        auto cols = str_list(call.arg(2));
        if (!cols) return false;
        out.push_back({*t,
                       fmt::format("add {}{} ({})", named, name == "create_primary_key" ? "primary key" : "unique",
                                   names_text(*cols)),
                       ""});
        return true;
    }
    if (name == "create_foreign_key") {
        if (!need(5)) return false;
        const Expr& n = resolve(call.arg(0));
        std::string named;
        if (n.kind != EK::None) {
            auto v = str(call.arg(0));
            if (!v) return false;
            named = fmt::format("constraint {} ", migc_name(*v));
        }
        auto t = table_name(call.arg(1), call.keyword("source_schema"));
        auto ref = table_name(call.arg(2), call.keyword("referent_schema"));
        auto local = str_list(call.arg(3));
        auto remote = str_list(call.arg(4));
        auto actions = fk_actions(call);
        if (!t || !ref || !local || !remote || !actions) return false;
        out.push_back({*t,
                       fmt::format("add {}foreign key ({}) references {} ({}){}", named, names_text(*local), *ref,
                                   names_text(*remote), *actions),
                       ""});
        return true;
    }
    if (name == "drop_constraint") {
        if (!need(2)) return false;
        auto n = str(call.arg(0));
        auto t = table_name(call.arg(1), schema);
        if (!n || !t) return false;
        out.push_back({*t, "drop constraint " + migc_name(*n), ""});
        return true;
    }
    if (name == "execute") return execute(call, out);
    if (name == "bulk_insert") return bulk_insert(call, out);
    if (name == "create_table_comment" || name == "drop_table_comment") {
        if (!need(1)) return false;
        auto t = table_name(call.arg(0), schema);
        if (!t) return false;
        std::string text;
        if (name == "create_table_comment") {
            if (!need(2)) return false;
            auto v = str(call.arg(1));
            if (!v) return false;
            text = *v;
        }
        out.push_back({"", fmt::format("comment on table {} is {};", *t, sql_string(text)), ""});
        return true;
    }
    if (name == "get_bind" || name == "get_context")
        fail(call0, fmt::format("op.{}(): a query against the database, which an offline compiler cannot run", name));
    else
        fail(call0, fmt::format("op.{} is not converted", name));
    return false;
}

// --- statements ---

void Converter::statement(const Stmt& s, std::vector<Piece>& out) {
    why_.reset();
    std::vector<Piece> pieces;
    bool ok = false;
    switch (s.kind) {
        case Stmt::Kind::Pass:
        case Stmt::Kind::Import:
            return;
        case Stmt::Kind::Expr:
            if (s.expr.kind == EK::String) return;  // a docstring or a string left as a comment
            if (s.expr.kind == EK::Call) {
                const Expr& callee = s.expr.items.front();
                if (callee.kind == EK::Attr && callee.items.front().kind == EK::Name &&
                    callee.items.front().text == "op")
                    ok = op_call(s.expr, callee.text, nullptr, pieces);
                else if (enum_call(s.expr, pieces))
                    ok = !why_;
                else
                    fail(s.expr, fmt::format("a call migc cannot convert: {}(...)",
                                             s.expr.callee().empty() ? std::string("?") : s.expr.callee()));
            } else {
                fail_at(s.begin, s.end, "an expression statement that is no op.* call");
            }
            break;
        case Stmt::Kind::Assign: {
            const Expr& v = s.expr;
            std::string c(last_part(v.callee()));
            static const std::set<std::string> definitions{"table", "Table",    "column", "Column", "Enum",
                                                           "ENUM",  "MetaData", "text",   "String", "Integer"};
            if (v.kind == EK::Call && (definitions.contains(c) || v.callee() == "op.get_bind")) {
                locals_[s.target] = &s.expr;
                return;
            }
            if (v.kind == EK::String || v.kind == EK::Number || v.kind == EK::List || v.kind == EK::Tuple ||
                v.kind == EK::Dict || v.kind == EK::Name || v.kind == EK::True || v.kind == EK::False ||
                v.kind == EK::None) {
                locals_[s.target] = &s.expr;
                return;
            }
            fail_at(s.begin, s.end, "an assignment whose value migc cannot know without running the Python");
            break;
        }
        case Stmt::Kind::With:
            batch(s, out);
            return;
        case Stmt::Kind::Raise:
            fail_at(s.begin, s.end, "a raise among other statements");
            break;
        case Stmt::Kind::Other: {
            std::string_view text = src_.substr(s.begin, s.end - s.begin);
            std::string word = std::string(text.substr(0, text.find_first_of(" \t\n(:")));
            fail_at(s.begin, s.end,
                    word == "for" || word == "while"   ? "a loop"
                    : word == "if"                     ? "a conditional"
                    : word == "def" || word == "class" ? "a definition inside the function"
                                                       : "Python migc does not convert");
            break;
        }
    }
    if (ok && !why_) {
        ++groups_;
        for (auto& p : pieces) {
            p.group = groups_;
            out.push_back(std::move(p));
        }
        return;
    }
    not_converted(s, out);
}

// Reports why_ (or that `s` is not converted) and puts the marker in its place.
void Converter::not_converted(const Stmt& s, std::vector<Piece>& out) {
    Problem p = why_.value_or(Problem{s.begin, s.end, "not converted", ""});
    std::string python = python_text(s);
    p.hint = hint_for(python);
    problems_.push_back(p);
    out.push_back({"", "", python});
}

// What a person usually writes instead of this kind of Python.
std::string Converter::hint_for(std::string_view python) {
    auto starts = [&](std::string_view w) {
        return python.starts_with(w) && python.size() > w.size() &&
               !std::isalnum(static_cast<unsigned char>(python[w.size()]));
    };
    if (starts("for") || starts("while"))
        return "write out the statements the loop runs, one per iteration, or one set-based `update`/`execute`";
    if (starts("if"))
        return "a script is the same on every run: keep the statements that apply; a dialect test becomes "
               "`execute postgresql $$ ... $$ sqlite $$ ... $$;`";
    if (python.find("get_bind") != std::string_view::npos || python.find("conn.") != std::string_view::npos ||
        python.find("Session") != std::string_view::npos || python.find("session.") != std::string_view::npos)
        return "migc never connects: what a query would read cannot steer the script; do the work in SQL "
               "(`update ... set ...`, `execute $$ ... $$;`)";
    return "write the migc statements this Python runs";
}

// The statement's Python, its continuation lines dedented by its own column.
std::string Converter::python_text(const Stmt& s) const {
    std::size_t line_start = src_.rfind('\n', s.begin == 0 ? 0 : s.begin - 1);
    std::size_t column = s.begin - (line_start == std::string_view::npos || s.begin == 0 ? 0 : line_start + 1);
    std::string_view text = src_.substr(s.begin, s.end - s.begin);
    std::string out;
    for (std::size_t b = 0; b <= text.size();) {
        std::size_t e = text.find('\n', b);
        if (e == std::string_view::npos) e = text.size();
        std::string_view l = text.substr(b, e - b);
        if (b > 0) {
            std::size_t n = 0;
            while (n < column && n < l.size() && (l[n] == ' ' || l[n] == '\t')) ++n;
            l.remove_prefix(n);
            out += '\n';
        }
        out += l;
        b = e + 1;
    }
    return out;
}

void Converter::batch(const Stmt& s, std::vector<Piece>& out) {
    const Expr& ctx = s.expr;
    why_.reset();
    std::string callee = ctx.callee();
    const Expr& head = ctx.kind == EK::Call ? ctx.items.front() : ctx;
    if (head.kind == EK::Attr && head.text == "autocommit_block" && head.items.front().callee() == "op.get_context") {
        // migc ends the transaction itself where PostgreSQL needs it (create
        // index concurrently, alter type ... add value): the block's
        // statements are converted as they are.
        statements(s.body, out);
        return;
    }
    if (callee != "op.batch_alter_table" || ctx.arg_count() < 1) {
        fail(ctx, "a with-block other than op.batch_alter_table(...)");
        not_converted(s, out);
        return;
    }
    auto table = str(ctx.arg(0));
    if (!table) {
        not_converted(s, out);
        return;
    }
    for (const auto& [k, v] : ctx.keywords) {
        // recreate, copy_from, reflection and naming options steer how Alembic
        // rebuilds a SQLite table; migc decides that from its schema model.
        static const std::set<std::string> known{"schema",       "recreate",     "copy_from",      "table_args",
                                                 "table_kwargs", "reflect_args", "reflect_kwargs", "naming_convention"};
        if (!known.contains(k)) {
            fail(v, fmt::format("a batch_alter_table option migc does not convert: {}=", k));
            not_converted(s, out);
            return;
        }
    }
    std::string qualified = *table;
    int group = ++groups_;
    for (const Stmt& inner : s.body) {
        why_.reset();
        std::vector<Piece> pieces;
        bool ok = false;
        if (inner.kind == Stmt::Kind::Pass || (inner.kind == Stmt::Kind::Expr && inner.expr.kind == EK::String))
            continue;
        if (inner.kind == Stmt::Kind::Expr && inner.expr.kind == EK::Call) {
            const Expr& c = inner.expr.items.front();
            if (c.kind == EK::Attr && c.items.front().kind == EK::Name && c.items.front().text == s.target) {
                Expr call = inner.expr;
                // batch calls name the table once, in the with; a schema= there applies to all
                if (const Expr* sch = ctx.keyword("schema"))
                    call.keywords.emplace_back(c.text == "create_foreign_key" ? "source_schema" : "schema", *sch);
                ok = op_call(call, c.text, &qualified, pieces);
            } else if (c.kind == EK::Attr && c.items.front().kind == EK::Name && c.items.front().text == "op") {
                ok = op_call(inner.expr, c.text, nullptr, pieces);
            }
        }
        if (!ok || why_) {
            if (!why_) fail_at(inner.begin, inner.end, "a statement in a batch block that is no batch_op call");
            not_converted(inner, out);
            continue;
        }
        // Every action of the block joins one alter table.
        for (auto& p : pieces) {
            p.group = group;
            out.push_back(std::move(p));
        }
    }
}

void Converter::statements(const std::vector<Stmt>& body, std::vector<Piece>& out) {
    for (const Stmt& s : body) statement(s, out);
}

std::string render_pieces(const std::vector<Piece>& pieces) {
    std::string out;
    auto python_comment = [](std::string_view py) {
        std::string text;
        std::size_t line = 0;
        for (std::size_t b = 0; b <= py.size(); ++line) {
            std::size_t e = py.find('\n', b);
            if (e == std::string_view::npos) e = py.size();
            std::string_view l = py.substr(b, e - b);
            if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
            text += fmt::format("    -- {}{}\n", line == 0 ? "migc import: not converted: " : "    ",
                                escape_for_terminal(l));
            b = e + 1;
            if (line >= 40) {
                text += "    --     ...\n";
                break;
            }
        }
        return text;
    };
    for (std::size_t i = 0; i < pieces.size();) {
        const Piece& p = pieces[i];
        if (!p.python.empty() || (p.text.empty() && p.table.empty())) {
            out += python_comment(p.python);
            out += fmt::format("    {}\n", kNotConvertedStatement);
            ++i;
            continue;
        }
        if (p.table.empty()) {
            out += fmt::format("    {}\n", p.text);
            ++i;
            continue;
        }
        std::vector<std::string> actions{p.text};
        std::size_t j = i + 1;
        while (j < pieces.size() && pieces[j].table == p.table && pieces[j].group == p.group &&
               pieces[j].python.empty())
            actions.push_back(pieces[j++].text);
        if (actions.size() == 1)
            out += fmt::format("    alter table {} {};\n", p.table, actions.front());
        else
            out += fmt::format("    alter table {}\n        {};\n", p.table, fmt::join(actions, ",\n        "));
        i = j;
    }
    return out;
}

std::string Converter::block(const Function& f) {
    locals_.clear();
    std::vector<Piece> pieces;
    statements(f.body, pieces);
    return render_pieces(pieces);
}

ConvertedRevision Converter::run() {
    ConvertedRevision out;
    auto id = names_of("revision", true);
    auto parents = names_of("down_revision", true);
    auto labels = names_of("branch_labels", false);
    auto depends = names_of("depends_on", false);
    if (id && id->size() != 1 && errors_.empty())
        errors_.push_back(
            {m_.assign_at.count("revision") ? m_.assign_at.at("revision") : 0, 0, "`revision` must be one string"});
    if (!errors_.empty() || !id || !parents || !labels || !depends) {
        out.errors = errors_;
        return out;
    }
    // Ids and labels become migc names: letters, digits and '_' (SPEC 3).
    auto is_name = [](const std::string& n) {
        return !n.empty() && n.size() <= 32 &&
               std::ranges::all_of(n, [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
    };
    for (const auto* list : {&*id, &*parents, &*labels, &*depends})
        for (const std::string& n : *list)
            if (!is_name(n))
                errors_.push_back({0, 0,
                                   fmt::format("'{}' cannot be a migc revision id or label: it may hold only "
                                               "letters, digits and '_', at most 32",
                                               escape_for_terminal(n))});
    if (!errors_.empty()) {
        out.errors = errors_;
        return out;
    }
    out.header.id = id->front();
    out.header.parents = *parents;
    out.header.labels = *labels;
    out.header.depends_on = *depends;
    read_docstring(out);
    out.header.created = out.create_date;
    out.header.blocks = false;

    auto only = [](const Function& f, Stmt::Kind kind) {
        bool seen = false;
        for (const Stmt& s : f.body) {
            if ((s.kind == Stmt::Kind::Expr && s.expr.kind == EK::String) || s.kind == Stmt::Kind::Import) continue;
            if (s.kind != kind) return false;
            seen = true;
        }
        return seen || kind == Stmt::Kind::Pass;
    };
    std::string up = m_.upgrade.present ? block(m_.upgrade) : std::string();
    enums_created_.clear();
    std::string down;
    bool irreversible = m_.downgrade.present && only(m_.downgrade, Stmt::Kind::Raise);
    if (m_.downgrade.present && !irreversible) down = block(m_.downgrade);
    bool empty_merge = out.header.parents.size() > 1 && up.empty() && down.empty() && !irreversible;

    std::string text = render_revision_file(out.header);
    if (!empty_merge) {
        text += fmt::format("\nupgrade {{\n{}}}\n", up);
        if (irreversible)
            text += "\ndowngrade irreversible;\n";
        else if (m_.downgrade.present)
            text += fmt::format("\ndowngrade {{\n{}}}\n", down);
    }
    out.text = std::move(text);
    out.not_converted = problems_;
    return out;
}

}  // namespace

ConvertedRevision convert_alembic_module(const AlembicModule& module, std::string_view source) {
    return Converter(module, source).run();
}

std::string without_markers(const std::string& text) {
    std::string out = text;
    std::string marker = fmt::format("    {}\n", kNotConvertedStatement);
    for (std::size_t at = out.find(marker); at != std::string::npos; at = out.find(marker, at))
        out.replace(at, marker.size() - 1, std::string(marker.size() - 1, ' '));
    return out;
}

}  // namespace migc::pyimport
