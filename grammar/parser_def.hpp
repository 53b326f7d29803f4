// The migc grammar (SPEC 2) as Boost.Spirit X3 rules. Included by parser.cpp only:
// this is the one place that instantiates Spirit, so it must never reach a header.
//
// Layout, following boostorg/spirit example/x3/rexpr_full and calc:
//   1. lexical scanners (whitespace + comments, names, strings, $$ text, numbers):
//      small hand-written X3 primitives, because they decide escapes, NUL bytes and
//      unterminated tokens, which combinators express badly;
//   2. rule declarations with human names ("a column type"), so an expectation
//      failure reads "expected a column type, found '123'";
//   3. rule definitions: after a keyword has committed the parse, `>` (expect)
//      rather than `>>`, so the error lands on the offending token.
// The AST is built by semantic actions into `_val`; spans come from `spanned[...]`.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ascii.hpp"
#include "compiler/diagnostics.hpp"
#include "grammar/ast.hpp"
#include "grammar/parser.hpp"
#include "grammar/type_names.hpp"

// X3 mixes `>` and `|` without parentheses by design (see the Spirit examples).
#pragma GCC diagnostic ignored "-Wparentheses"

namespace migc::grammar::detail {

namespace x3 = boost::spirit::x3;
using Iter = const char*;

// A lexical error with its own message and range (unterminated string, NUL byte...).
// Expectation failures use x3::expectation_failure instead; both are caught by the
// driver in parser.cpp and turned into one diagnostic.
struct SyntaxError {
    Iter begin;
    Iter end;
    std::string message;
    std::vector<std::string> notes = {};
};

// Everything a semantic action or scanner needs besides the input: where the file
// starts (spans are offsets), the -x variables and the diagnostics sink.
struct ParseState {
    Iter base = nullptr;
    Iter end = nullptr;
    FileId file = 0;
    const Variables* vars = nullptr;
    Diagnostics* diags = nullptr;
    std::set<std::uint32_t> reported_variables;  // backtracking may scan a ${x} twice
    std::set<std::uint32_t> reported_nuls;       // ... and a NUL in raw text
    int expression_depth = 0;                     // see nesting_guard

    std::uint32_t offset(Iter p) const { return static_cast<std::uint32_t>(p - base); }
    ast::Span span(Iter b, Iter e) const { return {offset(b), offset(e)}; }
};
struct state_tag;

template <class Context>
ParseState& state_of(Context const& ctx) {
    return x3::get<state_tag>(ctx);
}

}  // namespace migc::grammar::detail

// Expectation messages name the rule inside an action or a list: `name[set(..)]`
// and `(name % ',')` read as the rule's own human name.
namespace boost::spirit::x3 {
template <class Subject, class Action>
struct get_info<action<Subject, Action>> {
    typedef std::string result_type;
    std::string operator()(action<Subject, Action> const& p) const { return what(p.subject); }
};
template <class Left, class Right>
struct get_info<list<Left, Right>> {
    typedef std::string result_type;
    std::string operator()(list<Left, Right> const& p) const { return what(p.left); }
};
}  // namespace boost::spirit::x3

namespace migc::grammar::detail {

// --- 1. lexical scanners ------------------------------------------------------------

using migc::is_alnum;
using migc::is_alpha;
using migc::is_digit;
using migc::is_space;
using migc::to_lower;

inline bool is_ident_start(char c) {
    auto u = static_cast<unsigned char>(c);
    return is_alpha(c) || c == '_' || u >= 0x80;
}
inline bool is_ident_char(char c) {
    auto u = static_cast<unsigned char>(c);
    return is_alnum(c) || c == '_' || u >= 0x80;
}
inline bool is_id_char(char c) {  // revision ids
    return is_alnum(c) || c == '_';
}

// Skips white space, `-- comments` and `/* comments */`. With `strict`, an
// unterminated /* comment is an error; otherwise it runs to the end of the input.
inline Iter skip_blank(Iter p, Iter end, bool strict) {
    for (;;) {
        while (p != end && is_space(*p)) ++p;
        if (end - p >= 2 && p[0] == '-' && p[1] == '-') {  // to the end of the line: LF, CR LF or a lone CR
            while (p != end && *p != '\n' && *p != '\r') ++p;
            continue;
        }
        if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
            Iter q = p + 2;
            while (end - q >= 2 && !(q[0] == '*' && q[1] == '/')) ++q;
            if (end - q < 2) {
                if (strict) throw SyntaxError{p, p + 2, "unterminated /* comment"};
                return end;
            }
            p = q + 2;
            continue;
        }
        return p;
    }
}

// The end of the token starting at p, for "found 'xyz'" and the caret's length.
inline Iter token_end(Iter p, Iter end) {
    if (p == end) return p;
    if (is_ident_char(*p)) {
        while (p != end && is_ident_char(*p)) ++p;
        return p;
    }
    if (*p == '\'' || *p == '"') {
        char quote = *p;
        Iter q = p + 1;
        while (q != end && *q != '\n') {
            if (*q == quote) {
                if (q + 1 != end && q[1] == quote) { q += 2; continue; }
                return q + 1;
            }
            ++q;
        }
        return q;
    }
    if (end - p >= 2) {
        std::string two(p, p + 2);
        for (const char* op : {"$$", "<=", ">=", "<>", "!=", "||", "${"})
            if (two == op) return p + 2;
    }
    return p + 1;
}

// The X3 skipper: the same rules as skip_blank; strict, so an unterminated
// comment is reported where it starts.
struct skipper_parser : x3::parser<skipper_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    template <class Context, class RContext, class Attribute>
    bool parse(Iter& first, Iter const& last, Context const&, RContext&, Attribute&) const {
        // Most calls are at a token already (and X3 calls again after a skip
        // until nothing moves): told at the first byte, without the loop.
        if (first == last || !(is_space(*first) || *first == '-' || *first == '/')) return false;
        Iter p = skip_blank(first, last, true);
        if (p == first) return false;
        first = p;
        return true;
    }
};

// Base of the token scanners: pre-skips, then lets Derived::scan read the token.
template <class Derived, class Attr>
struct scanner : x3::parser<Derived> {
    using attribute_type = Attr;
    static bool const has_attribute = true;
    template <class Context, class RContext, class Attribute>
    bool parse(Iter& first, Iter const& last, Context const& ctx, RContext&, Attribute& attr) const {
        x3::skip_over(first, last, ctx);
        Iter p = first;
        Attr value{};
        if (!static_cast<Derived const&>(*this).scan(p, last, state_of(ctx), value)) return false;
        x3::traits::move_to(std::move(value), attr);
        first = p;
        return true;
    }
};

// `${name}` at p: the variable's name, or false if p is not at `${`.
inline bool scan_variable_name(Iter& p, Iter last, std::string& name) {
    if (last - p < 2 || p[0] != '$' || p[1] != '{') return false;
    Iter q = p + 2;
    while (q != last && is_ident_char(*q)) ++q;
    if (q == last || *q != '}' || q == p + 2)
        throw SyntaxError{p, token_end(q, last), "expected '${name}': a variable name and '}'"};
    name.assign(p + 2, q);
    p = q + 1;
    return true;
}

// The value of ${name}; reports a missing one once (backtracking may rescan it).
inline std::string variable_value(ParseState& st, const std::string& name, Iter b, Iter e) {
    auto it = st.vars ? st.vars->find(name) : Variables::const_iterator{};
    if (st.vars && it != st.vars->end()) return it->second;
    if (st.reported_variables.insert(st.offset(b)).second) {
        auto& d = st.diags->error(DiagKind::UndefinedVariable, Location{st.file, st.offset(b), st.offset(e)},
                                  "undefined variable '" + name + "'");
        d.notes.push_back({std::nullopt, "pass it with -x " + name + "=VALUE"});
    }
    return name;
}

// Reads a quoted run starting at the opening `quote`; a doubled quote stands for one.
inline std::string scan_quoted(Iter& p, Iter last, char quote, const char* what) {
    Iter open = p;
    std::string text;
    Iter q = p + 1;
    for (;;) {
        if (q == last) throw SyntaxError{open, open + 1, std::string("unterminated ") + what};
        if (*q == quote) {
            if (q + 1 != last && q[1] == quote) {
                text += quote;
                q += 2;
                continue;
            }
            break;
        }
        if (*q == '\0') throw SyntaxError{q, q + 1, std::string("NUL byte inside a ") + what};
        text += *q++;
    }
    p = q + 1;
    return text;
}

// An identifier: unquoted (case kept), "Quoted ""x""", or ${var}.
struct name_parser : scanner<name_parser, ast::Name> {
    bool scan(Iter& p, Iter last, ParseState& st, ast::Name& out) const {
        Iter b = p;
        if (p == last) return false;
        std::string var;
        if (scan_variable_name(p, last, var)) {
            out.text = variable_value(st, var, b, p);
            if (out.text.empty())
                throw SyntaxError{b, p, "variable '" + var + "' is empty, and a name cannot be", {"give it a value: -x " + var + "=NAME"}};
        } else if (*p == '"') {
            out.text = scan_quoted(p, last, '"', "quoted identifier");
            if (out.text.empty()) throw SyntaxError{b, p, "empty quoted identifier"};
        } else if (is_ident_start(*p)) {
            while (p != last && is_ident_char(*p)) ++p;
            out.text.assign(b, p);
        } else {
            return false;
        }
        out.span = st.span(b, p);
        return true;
    }
};

// A bare unquoted identifier (function names).
struct word_parser : scanner<word_parser, std::string> {
    bool scan(Iter& p, Iter last, ParseState&, std::string& out) const {
        if (p == last || !is_ident_start(*p)) return false;
        Iter b = p;
        while (p != last && is_ident_char(*p)) ++p;
        out.assign(b, p);
        return true;
    }
};

// 'text' (SQL escaping) or ${var} standing for a literal.
struct string_parser : scanner<string_parser, ast::Literal> {
    bool scan(Iter& p, Iter last, ParseState& st, ast::Literal& out) const {
        Iter b = p;
        std::string var;
        if (p != last && *p == '\'') {
            out.text = scan_quoted(p, last, '\'', "string literal");
        } else if (scan_variable_name(p, last, var)) {
            out.text = variable_value(st, var, b, p);
        } else {
            return false;
        }
        out.kind = ast::LiteralKind::String;
        out.span = st.span(b, p);
        return true;
    }
};

// The header's message: "double quoted" (also 'single quoted').
struct message_parser : scanner<message_parser, ast::Literal> {
    bool scan(Iter& p, Iter last, ParseState& st, ast::Literal& out) const {
        if (p == last || (*p != '"' && *p != '\'')) return false;
        Iter b = p;
        out.text = scan_quoted(p, last, *p, "string literal");
        out.kind = ast::LiteralKind::String;
        out.span = st.span(b, p);
        return true;
    }
};

// 42, 1.5, 1e3, 2.5E-3 (the sign is a unary minus, folded later).
struct number_parser : scanner<number_parser, ast::Literal> {
    bool scan(Iter& p, Iter last, ParseState& st, ast::Literal& out) const {
        auto digit = [&](Iter q) { return q != last && is_digit(*q); };
        if (!digit(p)) return false;
        Iter b = p;
        bool decimal = false;
        while (digit(p)) ++p;
        if (p != last && *p == '.' && digit(p + 1)) {
            decimal = true;
            ++p;
            while (digit(p)) ++p;
        }
        if (p != last && (*p == 'e' || *p == 'E')) {
            Iter q = p + 1;
            if (q != last && (*q == '+' || *q == '-')) ++q;
            if (digit(q)) {
                decimal = true;
                p = q;
                while (digit(p)) ++p;
            }
        }
        if (p != last && is_ident_char(*p))
            throw SyntaxError{b, token_end(b, last), "malformed number '" + std::string(b, token_end(b, last)) + "'"};
        out.kind = decimal ? ast::LiteralKind::Decimal : ast::LiteralKind::Integer;
        out.text.assign(b, p);
        out.span = st.span(b, p);
        return true;
    }
};

// x'00ff'
struct bytes_parser : scanner<bytes_parser, ast::Literal> {
    bool scan(Iter& p, Iter last, ParseState& st, ast::Literal& out) const {
        if (last - p < 2 || (p[0] != 'x' && p[0] != 'X') || p[1] != '\'') return false;
        Iter b = p;
        Iter q = p + 1;
        out.text = scan_quoted(q, last, '\'', "bytes literal");
        for (std::size_t i = 0; i < out.text.size(); ++i)
            if (!std::isxdigit(static_cast<unsigned char>(out.text[i])))
                throw SyntaxError{b + 2 + i, b + 3 + i, "a bytes literal x'...' holds hex digits only"};
        p = q;
        out.kind = ast::LiteralKind::Bytes;
        out.span = st.span(b, p);
        return true;
    }
};

// Raw text is copied into the script as it is, where a NUL would cut it: each
// NUL is an error at its place, reported once (backtracking may rescan), and
// the parse goes on past the token as if it were well-formed.
inline void report_nul(ParseState& st, Iter b, Iter e, const char* what) {
    for (Iter nul = std::find(b, e, '\0'); nul != e; nul = std::find(nul + 1, e, '\0'))
        if (st.reported_nuls.insert(st.offset(nul)).second)
            st.diags->error(DiagKind::Encoding, Location{st.file, st.offset(nul), st.offset(nul) + 1},
                            std::string("NUL byte inside ") + what);
}

// $$ raw text $$: the bytes between the delimiters, untouched.
struct dollar_parser : scanner<dollar_parser, std::string> {
    bool scan(Iter& p, Iter last, ParseState& st, std::string& out) const {
        if (last - p < 2 || p[0] != '$' || p[1] != '$') return false;
        Iter b = p;
        Iter q = p + 2;
        while (last - q >= 2 && !(q[0] == '$' && q[1] == '$')) ++q;
        if (last - q < 2) throw SyntaxError{b, b + 2, "unterminated $$ raw text (no closing $$)"};
        report_nul(st, b + 2, q, "$$ raw text");
        out.assign(b + 2, q);
        p = q + 2;
        return true;
    }
};

// ( raw type text ) with balanced parentheses, e.g. (numeric(10,2)); trimmed.
struct paren_text_parser : scanner<paren_text_parser, std::string> {
    bool scan(Iter& p, Iter last, ParseState& st, std::string& out) const {
        if (p == last || *p != '(') return false;
        Iter b = p;
        int depth = 0;
        for (Iter q = p; q != last; ++q) {
            if (*q == '(') ++depth;
            if (*q == ')' && --depth == 0) {
                Iter s = b + 1, e = q;
                while (s != e && is_space(*s)) ++s;
                while (e != s && is_space(e[-1])) --e;
                if (s == e) throw SyntaxError{b, q + 1, "empty raw type"};
                report_nul(st, s, e, "a raw type");
                out.assign(s, e);
                p = q + 1;
                return true;
            }
        }
        throw SyntaxError{b, b + 1, "unterminated raw type: no ')' matches this '('"};
    }
};

// A revision id: letters, digits and '_' (may start with a digit: 1a2b3c).
struct revision_id_parser : scanner<revision_id_parser, ast::Name> {
    bool scan(Iter& p, Iter last, ParseState& st, ast::Name& out) const {
        Iter b = p;
        while (p != last && is_id_char(*p)) ++p;
        if (p == b) return false;
        if (p != last && std::string_view("@-+:.").find(*p) != std::string_view::npos) {
            Iter e = p;
            while (e != last && (is_id_char(*e) || std::string_view("@-+:.").find(*e) != std::string_view::npos)) ++e;
            throw SyntaxError{b, e, "invalid revision id '" + std::string(b, e) + "': ids hold only letters, digits and '_' ('" +
                                        std::string(1, *p) + "' is reserved for revision targets)"};
        }
        out.text.assign(b, p);
        out.span = st.span(b, p);
        return true;
    }
};

// `created 2025-01-15 10:30:00`: the rest of the line (before a comment), trimmed.
// The rest of the current line (`created 2025-01-15 10:30:00`), up to a comment.
// Not a scanner: the skipper would step over the line break and take the next
// line (`upgrade {`) for a date.
struct line_text_parser : x3::parser<line_text_parser> {
    using attribute_type = ast::Literal;
    static bool const has_attribute = true;
    template <class Context, class RContext, class Attribute>
    bool parse(Iter& first, Iter const& last, Context const& ctx, RContext&, Attribute& attr) const {
        Iter b = first;
        while (b != last && (*b == ' ' || *b == '\t')) ++b;
        Iter e = b;
        auto ends_line = [&](Iter q) {
            return *q == '\n' || *q == '\r' || (last - q >= 2 && ((q[0] == '-' && q[1] == '-') || (q[0] == '/' && q[1] == '*')));
        };
        while (e != last && !ends_line(e)) ++e;
        while (e != b && is_space(e[-1])) --e;
        if (e == b) return false;
        ast::Literal out;
        out.kind = ast::LiteralKind::String;
        out.text.assign(b, e);
        out.span = state_of(ctx).span(b, e);
        x3::traits::move_to(std::move(out), attr);
        first = e;
        return true;
    }
};

// Throws an expectation failure naming what was expected: the last alternative of
// `must(p, "what")`, so that a failed alternative list still reads like English.
struct fail_parser : x3::parser<fail_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    std::string what;
    explicit fail_parser(std::string w) : what(std::move(w)) {}
    template <class Context, class RContext, class Attribute>
    bool parse(Iter& first, Iter const& last, Context const& ctx, RContext&, Attribute&) const {
        Iter p = first;
        x3::skip_over(p, last, ctx);
        throw x3::expectation_failure<Iter>(p, what);
    }
};

inline auto expected(std::string what) { return fail_parser(std::move(what)); }

template <class P>
auto must(P const& p, std::string what) {
    return p | expected(std::move(what));
}

// A case-insensitive keyword that is not the prefix of an identifier (`notes`).
// Hand-written rather than no_case[lit] >> !alnum: Spirit's standard encoding
// asserts on bytes >= 0x80, and the word boundary must be the identifier
// characters names use, so that `notéligible` is one word, never `not éligible`.
struct keyword_parser : x3::parser<keyword_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    const char* word;

    template <class It, class Context, class RContext, class Attribute>
    bool parse(It& first, It const& last, Context const& ctx, RContext&, Attribute&) const {
        x3::skip_over(first, last, ctx);
        It p = first;
        for (const char* w = word; *w; ++w, ++p) {
            if (p == last) return false;
            if (to_lower(*p) != *w) return false;
        }
        if (p != last && is_ident_char(*p)) return false;
        first = p;
        return true;
    }
};
inline auto kw(const char* word) { return keyword_parser{{}, word}; }
// A keyword that must come next: `K("key")` fails with "expected 'key'".
inline auto K(const char* word) { return must(kw(word), std::string("'") + word + "'"); }
// The ')' that ends a comma-separated list `(x % ',')`. The list stops
// before a ',' that no item follows (`(1, )`, `(1,` at the end of the file):
// the error is then the missing item after it, not "found ','".
struct end_of_list_parser : x3::parser<end_of_list_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    template <class Context, class RContext, class Attribute>
    bool parse(Iter& first, Iter const& last, Context const& ctx, RContext&, Attribute&) const {
        Iter p = first;
        x3::skip_over(p, last, ctx);
        if (p != last && *p == ')') {
            first = p + 1;
            return true;
        }
        if (p != last && *p == ',') throw x3::expectation_failure<Iter>(p + 1, "another item after ','");
        throw x3::expectation_failure<Iter>(p, "',' or ')'");
    }
};
inline auto end_of_list() { return end_of_list_parser{}; }

// --- semantic actions ---------------------------------------------------------------

using x3::_attr;
using x3::_val;

template <class M>
auto set(M member) {
    return [member](auto& ctx) { _val(ctx).*member = std::move(_attr(ctx)); };
}
template <class M>
auto push(M member) {
    return [member](auto& ctx) { (_val(ctx).*member).push_back(std::move(_attr(ctx))); };
}
template <class M, class V>
auto assign(M member, V value) {
    return [member, value](auto& ctx) { _val(ctx).*member = value; };
}
template <class M>
auto flag(M member) {
    return assign(member, true);
}
inline auto const take = [](auto& ctx) { _val(ctx) = std::move(_attr(ctx)); };
inline auto const to_node = [](auto& ctx) { _val(ctx).node = std::move(_attr(ctx)); };

// Where the last token before `e` ends. A failed optional part (`*options`) has
// already skipped the blanks after the node, so a raw[] range may end in them.
inline Iter last_token_end(Iter b, Iter e) {
    if (e == b || (!is_space(e[-1]) && e[-1] != '/')) return e;
    Iter last = b;
    for (Iter p = skip_blank(b, e, false); p < e;) {
        Iter q;
        if (*p == '\'' || *p == '"') {  // strings may span lines
            q = p + 1;
            while (q < e && !(*q == *p && !(q + 1 < e && q[1] == *p))) q += *q == *p ? 2 : 1;
            q = std::min(q + 1, e);
        } else if (e - p >= 2 && p[0] == '$' && p[1] == '$') {
            q = p + 2;
            while (e - q >= 2 && !(q[0] == '$' && q[1] == '$')) ++q;
            q = std::min(q + 2, e);
        } else {
            q = token_end(p, e);
        }
        last = q;
        p = skip_blank(q, e, false);
    }
    return last;
}

struct set_span_fn {
    template <class Context>
    void operator()(Context& ctx) const {
        auto const& range = _attr(ctx);
        _val(ctx).span = state_of(ctx).span(range.begin(), last_token_end(range.begin(), range.end()));
    }
};
// spanned[p]: p, and the rule's node spans what p matched (after leading blanks).
template <class P>
auto spanned(P const& p) {
    return x3::raw[p][set_span_fn{}];
}

// Expressions recurse (parentheses, `not`, unary minus), and so do the emitter
// and the AST's destructor: nesting and operator chains are bounded so that a
// hostile or generated file gets a diagnostic, never a stack overflow.
constexpr int kMaxExpressionDepth = 200;   // guarded rule entries: about 100 parentheses
constexpr int kMaxOperatorChain = 1000;    // `a + b + ...` folds into a left-deep tree

template <class Subject>
struct nesting_guard : x3::unary_parser<Subject, nesting_guard<Subject>> {
    using base_type = x3::unary_parser<Subject, nesting_guard<Subject>>;
    static bool const handles_container = Subject::handles_container;
    using base_type::base_type;

    template <class It, class Context, class RContext, class Attribute>
    bool parse(It& first, It const& last, Context const& ctx, RContext& rctx, Attribute& attr) const {
        ParseState& st = state_of(ctx);
        if (st.expression_depth >= kMaxExpressionDepth) {
            Iter at = skip_blank(first, last, false);
            throw SyntaxError{at, token_end(at, last), "expression nested too deeply (more than 100 levels); simplify it"};
        }
        ++st.expression_depth;
        struct Leave {
            ParseState& st;
            ~Leave() { --st.expression_depth; }
        } leave{st};
        return this->subject.parse(first, last, ctx, rctx, attr);
    }
};
template <class Subject>
auto guarded(Subject const& subject) {
    return nesting_guard<typename x3::extension::as_parser<Subject>::value_type>{x3::as_parser(subject)};
}

// Expressions: `lhs op rhs` folding for the left-associative levels.
inline auto binary(const char* op) {
    return [op](auto& ctx) {
        ast::Expr& lhs = _val(ctx);
        ast::Expr& rhs = _attr(ctx);
        int chain = 0;
        for (const ast::Expr* e = &lhs; e->kind == ast::Expr::Kind::Binary && chain <= kMaxOperatorChain; e = &e->args[0])
            ++chain;
        if (chain >= kMaxOperatorChain) {
            const ParseState& st = state_of(ctx);
            throw SyntaxError{st.base + rhs.span.begin, st.base + rhs.span.end,
                              fmt::format("expression too long (more than {} operators in a row); split it", kMaxOperatorChain)};
        }
        ast::Expr e;
        e.kind = ast::Expr::Kind::Binary;
        e.op = op;
        e.span = {lhs.span.begin, rhs.span.end};
        e.args.push_back(std::move(lhs));
        e.args.push_back(std::move(rhs));
        lhs = std::move(e);
    };
}
// The current expression becomes args[0] of a new node of `kind` (comparison suffixes).
inline auto wrap(ast::Expr::Kind kind, const char* op = "", bool negated = false) {
    return [=](auto& ctx) {
        ast::Expr& v = _val(ctx);
        ast::Expr e;
        e.kind = kind;
        e.op = op;
        e.negated = negated;
        e.args.push_back(std::move(v));
        v = std::move(e);
    };
}
inline auto const push_arg = [](auto& ctx) { _val(ctx).args.push_back(std::move(_attr(ctx))); };

// --- 2. rule declarations -------------------------------------------------------------

// Parse-time only: one header field, applied (and checked for duplicates) by the driver.
struct HeaderField {
    enum class Kind { Revision, Revises, Message, Labels, DependsOn, Created };
    Kind kind = Kind::Revision;
    std::vector<ast::Name> ids;
    ast::Literal text;
    ast::Span span;
};

// Parse-time only: a create table element is a column or a table constraint.
struct TableElement {
    std::optional<ast::ColumnDef> column;
    std::optional<ast::TableConstraint> constraint;
};

x3::rule<class name_class, ast::Name> const name = "a name";
x3::rule<class qualified_name_class, ast::QualifiedName> const qualified_name = "a name";
x3::rule<class column_path_class, std::vector<ast::Name>> const column_path = "a column (table.column)";
x3::rule<class string_literal_class, ast::Literal> const string_literal = "a string literal ('...')";
x3::rule<class raw_text_class, std::string> const raw_text = "$$raw text$$";
x3::rule<class integer_class, int> const integer = "a number";
x3::rule<class type_class, ast::Type> const type = "a column type";
x3::rule<class literal_class, ast::Literal> const literal = "a literal";

x3::rule<class expr_class, ast::Expr> const expr = "an expression";
x3::rule<class and_expr_class, ast::Expr> const and_expr = "an expression";
x3::rule<class not_expr_class, ast::Expr> const not_expr = "an expression";
x3::rule<class cmp_expr_class, ast::Expr> const cmp_expr = "an expression";
x3::rule<class concat_expr_class, ast::Expr> const concat_expr = "an expression";
x3::rule<class add_expr_class, ast::Expr> const add_expr = "an expression";
x3::rule<class mul_expr_class, ast::Expr> const mul_expr = "an expression";
x3::rule<class unary_expr_class, ast::Expr> const unary_expr = "an expression";
x3::rule<class primary_class, ast::Expr> const primary = "an expression";

x3::rule<class ref_action_class, ast::RefAction> const ref_action =
    "a referential action (cascade, restrict, set null, set default, no action)";
x3::rule<class references_class, ast::ForeignKeyRef> const references = "'references'";
x3::rule<class column_def_class, ast::ColumnDef> const column_def = "a column definition";
x3::rule<class constraint_body_class, ast::TableConstraint> const constraint_body =
    "a constraint (primary key, unique, foreign key or check)";
x3::rule<class table_constraint_class, ast::TableConstraint> const table_constraint = "a table constraint";
x3::rule<class table_element_class, TableElement> const table_element = "a column definition or table constraint";
x3::rule<class alter_action_class, ast::AlterAction> const alter_action =
    "an alter table action (add, drop, rename or alter column)";
x3::rule<class index_element_class, ast::IndexElement> const index_element = "an index column or '(expression)'";
x3::rule<class row_class, std::vector<ast::Expr>> const row = "a row of values '(...)'";
x3::rule<class assignment_class, ast::Assignment> const assignment = "an assignment 'column = value'";
x3::rule<class parameter_class, ast::Assignment> const parameter = "a parameter 'name = literal'";

x3::rule<class create_table_class, ast::CreateTable> const create_table = "create table";
x3::rule<class drop_table_class, ast::DropTable> const drop_table = "drop table";
x3::rule<class rename_table_class, ast::RenameTable> const rename_table = "alter table rename";
x3::rule<class alter_table_class, ast::AlterTable> const alter_table = "alter table";
x3::rule<class comment_on_table_class, ast::CommentOnTable> const comment_on_table = "comment on table";
x3::rule<class comment_on_column_class, ast::CommentOnColumn> const comment_on_column = "comment on column";
x3::rule<class create_index_class, ast::CreateIndex> const create_index = "create index";
x3::rule<class drop_index_class, ast::DropIndex> const drop_index = "drop index";
x3::rule<class create_enum_class, ast::CreateEnum> const create_enum = "create type";
x3::rule<class alter_enum_class, ast::AlterEnumAddValue> const alter_enum = "alter type";
x3::rule<class drop_type_class, ast::DropType> const drop_type = "drop type";
x3::rule<class create_schema_class, ast::CreateSchema> const create_schema = "create schema";
x3::rule<class drop_schema_class, ast::DropSchema> const drop_schema = "drop schema";
x3::rule<class insert_class, ast::Insert> const insert = "insert";
x3::rule<class update_class, ast::Update> const update = "update";
x3::rule<class delete_rows_class, ast::Delete> const delete_rows = "delete";
x3::rule<class execute_class, ast::Execute> const execute = "execute";
x3::rule<class statement_class, ast::Statement> const statement = "a statement";

x3::rule<class header_field_class, HeaderField> const header_field = "a header field";

// --- 3. rule definitions ------------------------------------------------------------

auto const name_def = name_parser{};

auto const qualified_name_def = spanned(
    name[set(&ast::QualifiedName::name)] >>
    -('.' > name[([](auto& ctx) {
        auto& v = _val(ctx);
        v.schema = std::move(v.name);
        v.name = std::move(_attr(ctx));
    })]));

// comment on column T.C / schema.T.C
auto const column_path_def = name % '.';

auto const string_literal_def = string_parser{};
auto const raw_text_def = dollar_parser{};
auto const integer_def = x3::int_;

// --- types (SPEC 2.2)

using TK = ast::Type::Kind;

// A user type (an enum) takes no arguments: `nmeric(10, 2)` is a misspelt
// built-in type, and saying so beats "expected ',' or ')'" at the '('.
inline auto const named_type = [](auto& ctx) {
    const ParseState& st = state_of(ctx);
    const auto& name = _attr(ctx);
    Iter after = skip_blank(st.base + name.span.end, st.end, false);
    if (after != st.end && *after == '(') {
        Iter b = st.base + name.span.begin, e = st.base + name.span.end;
        std::string text(b, e);
        SyntaxError err{b, e, "unknown type '" + text + "' (a user-defined type takes no arguments)"};
        if (auto guess = closest_match(text, builtin_type_names())) err.notes.push_back("did you mean '" + *guess + "'?");
        throw err;
    }
    _val(ctx).named = std::move(_attr(ctx));
};
inline auto kind(TK k) { return assign(&ast::Type::kind, k); }

auto const type_def = spanned(
      kw("smallint")[kind(TK::SmallInt)]
    | (kw("integer") | kw("int"))[kind(TK::Integer)]
    | kw("bigint")[kind(TK::BigInt)]
    | (kw("string") | kw("varchar"))[kind(TK::String)] >> -('(' > integer[set(&ast::Type::length)] > ')')
    | kw("text")[kind(TK::Text)]
    | (kw("boolean") | kw("bool"))[kind(TK::Boolean)]
    | (kw("numeric") | kw("decimal"))[kind(TK::Numeric)]
          >> -('(' > integer[set(&ast::Type::precision)] > -(',' > integer[set(&ast::Type::scale)]) > ')')
    | kw("real")[kind(TK::Real)]
    | (kw("double") >> -kw("precision"))[kind(TK::Double)]
    | kw("date")[kind(TK::Date)]
    | kw("timestamptz")[kind(TK::TimestampTz)]
    | kw("timestamp")[kind(TK::Timestamp)]
    | kw("time")[kind(TK::Time)]
    | kw("uuid")[kind(TK::Uuid)]
    | kw("jsonb")[kind(TK::Jsonb)]
    | kw("json")[kind(TK::Json)]
    | kw("bytes")[kind(TK::Bytes)]
    | +( (kw("postgresql") > must(paren_text_parser{}[set(&ast::Type::raw_postgresql)], "'(' raw type ')'"))
       | (kw("sqlite") > must(paren_text_parser{}[set(&ast::Type::raw_sqlite)], "'(' raw type ')'")))[kind(TK::Raw)]
    | qualified_name[named_type][kind(TK::Named)]);

// --- expressions (SPEC 2.3): or < and < not < comparison < || < + - < * / < unary - < primary

using EK = ast::Expr::Kind;
using LK = ast::LiteralKind;

inline auto typed(LK k) {
    return [k](auto& ctx) {
        _val(ctx).text = std::move(_attr(ctx).text);
        _val(ctx).kind = k;
    };
}
inline auto word(LK k, const char* text) {
    return [=](auto& ctx) {
        _val(ctx).kind = k;
        _val(ctx).text = text;
    };
}

auto const literal_def = spanned(
      (kw("date") >> string_parser{})[typed(LK::Date)]
    | (kw("timestamptz") >> string_parser{})[typed(LK::TimestampTz)]
    | (kw("timestamp") >> string_parser{})[typed(LK::Timestamp)]
    | (kw("time") >> string_parser{})[typed(LK::Time)]
    | kw("true")[word(LK::Boolean, "true")]
    | kw("false")[word(LK::Boolean, "false")]
    | kw("null")[word(LK::Null, "null")]
    | number_parser{}[take]
    | bytes_parser{}[take]
    | string_parser{}[take]);

// Words that end or continue an expression, so never a column reference.
auto const reserved = kw("and") | kw("or") | kw("not") | kw("is") | kw("in") | kw("like") | kw("between") |
                      kw("null") | kw("true") | kw("false");

inline auto const make_literal = [](auto& ctx) {
    _val(ctx).kind = EK::Literal;
    _val(ctx).lit = std::move(_attr(ctx));
};
inline auto const make_column = [](auto& ctx) {
    _val(ctx).kind = EK::Column;
    _val(ctx).name = std::move(_attr(ctx));
};
inline auto const start_call = [](auto& ctx) {
    std::string fn = std::move(_attr(ctx));
    std::transform(fn.begin(), fn.end(), fn.begin(), to_lower);
    _val(ctx).kind = EK::Call;
    _val(ctx).op = std::move(fn);
};
inline auto const make_paren = [](auto& ctx) {
    _val(ctx).kind = EK::Paren;
    _val(ctx).args.push_back(std::move(_attr(ctx)));
};
inline auto const start_cast = [](auto& ctx) {
    _val(ctx).kind = EK::Cast;
    _val(ctx).args.push_back(std::move(_attr(ctx)));
};
inline auto raw_part(std::optional<std::string> ast::Expr::*member) {
    return [member](auto& ctx) {
        _val(ctx).kind = EK::Raw;
        _val(ctx).*member = std::move(_attr(ctx));
    };
}

auto const primary_def = spanned(
      ('(' > expr > ')')[make_paren]
    | (kw("sql") >> raw_text)[raw_part(&ast::Expr::raw_all)]
    | (kw("postgresql") >> raw_text)[raw_part(&ast::Expr::raw_postgresql)]
          >> -(kw("sqlite") > raw_text[raw_part(&ast::Expr::raw_sqlite)])
    | (kw("sqlite") >> raw_text)[raw_part(&ast::Expr::raw_sqlite)]
          >> -(kw("postgresql") > raw_text[raw_part(&ast::Expr::raw_postgresql)])
    | (kw("cast") >> '(') > expr[start_cast] > K("as") > type[set(&ast::Expr::type)] > ')'
    | literal[make_literal]
    | kw("current_date")[([](auto& ctx) {
          _val(ctx).kind = EK::Call;
          _val(ctx).op = "current_date";
      })]
    | (!reserved >> word_parser{} >> '(')[start_call] > -(expr[push_arg] % ',') > end_of_list()
    | (!reserved >> qualified_name)[make_column]);

inline auto const negate = [](auto& ctx) {
    ast::Expr operand = std::move(_attr(ctx));
    ast::Expr& v = _val(ctx);
    bool number = operand.kind == EK::Literal &&
                  (operand.lit.kind == LK::Integer || operand.lit.kind == LK::Decimal) && operand.lit.text[0] != '-';
    if (number) {  // -7 is a literal, as written
        Iter minus = skip_blank(x3::_where(ctx).begin(), x3::_where(ctx).end(), false);
        operand.lit.text.insert(0, "-");
        operand.lit.span.begin = state_of(ctx).offset(minus);
        v = std::move(operand);
        return;
    }
    v.kind = EK::Unary;
    v.op = "-";
    v.args.push_back(std::move(operand));
};

auto const unary_expr_def = spanned(guarded(('-' > unary_expr)[negate] | primary[take]));

auto const mul_expr_def = spanned(
    unary_expr[take] >> *(('*' > unary_expr)[binary("*")] | ('/' > unary_expr)[binary("/")]));

auto const add_expr_def = spanned(
    mul_expr[take] >> *(('+' > mul_expr)[binary("+")] | ('-' > mul_expr)[binary("-")]));

auto const concat_expr_def = spanned(add_expr[take] >> *(x3::lit("||") > add_expr)[binary("||")]);

struct comparison_operators : x3::symbols<std::string> {
    comparison_operators() {
        add("=", "=")("<>", "<>")("!=", "<>")("<", "<")("<=", "<=")(">", ">")(">=", ">=");
    }
} const comparison_operator;

inline auto const start_binary = [](auto& ctx) {
    ast::Expr& v = _val(ctx);
    ast::Expr e;
    e.kind = EK::Binary;
    e.op = std::move(_attr(ctx));
    e.args.push_back(std::move(v));
    v = std::move(e);
};

auto const cmp_expr_def = spanned(
    concat_expr[take] >>
    -(  comparison_operator[start_binary] > concat_expr[push_arg]
      | (kw("is") >> kw("not")) [wrap(EK::IsNull, "", true)] > K("null")
      | kw("is")[wrap(EK::IsNull)] > K("null")
      | (kw("not") >> kw("in"))[wrap(EK::In, "", true)] > '(' > (expr[push_arg] % ',') > end_of_list()
      | kw("in")[wrap(EK::In)] > '(' > (expr[push_arg] % ',') > end_of_list()
      | (kw("not") >> kw("like"))[wrap(EK::Binary, "not like")] > concat_expr[push_arg]
      | kw("like")[wrap(EK::Binary, "like")] > concat_expr[push_arg]
      | (kw("not") >> kw("between"))[wrap(EK::Between, "", true)] > concat_expr[push_arg] > K("and") > concat_expr[push_arg]
      | kw("between")[wrap(EK::Between)] > concat_expr[push_arg] > K("and") > concat_expr[push_arg]));

inline auto const make_not = [](auto& ctx) {
    _val(ctx).kind = EK::Unary;
    _val(ctx).op = "not";
    _val(ctx).args.push_back(std::move(_attr(ctx)));
};

auto const not_expr_def = spanned(guarded((kw("not") > not_expr)[make_not] | cmp_expr[take]));
auto const and_expr_def = spanned(not_expr[take] >> *(kw("and") > not_expr)[binary("and")]);
// A literal standing alone (an INSERT's values, most defaults) is parsed as
// the primary it is instead of down the eight precedence levels, which would
// build, move and drop a node at each level and end with the same node.
auto const lone_literal = literal[make_literal] >> &(x3::lit(',') | ')' | ';');
auto const expr_def = spanned(guarded(lone_literal | and_expr[take] >> *(kw("or") > and_expr)[binary("or")]));

// --- columns and constraints (SPEC 2.1)

using RA = ast::RefAction;
inline auto is(RA action) {
    return [action](auto& ctx) { _val(ctx) = action; };
}
auto const ref_action_def =
      kw("cascade")[is(RA::Cascade)]
    | kw("restrict")[is(RA::Restrict)]
    | kw("set") > (kw("null")[is(RA::SetNull)] | kw("default")[is(RA::SetDefault)] |
                   expected("'null' or 'default' after 'set'"))
    | (kw("no") > K("action"))[is(RA::NoAction)];

using FK = ast::ForeignKeyRef;
auto const references_def = spanned(
    kw("references") > qualified_name[set(&FK::table)] > '(' > (name[push(&FK::columns)] % ',') > end_of_list() >
    *(  kw("on") > (  (kw("delete") > ref_action[set(&FK::on_delete)])
                    | (kw("update") > ref_action[set(&FK::on_update)])
                    | expected("'delete' or 'update' after 'on'"))
      | kw("deferrable")[flag(&FK::deferrable)] > -(kw("initially") > K("deferred"))[flag(&FK::initially_deferred)]));

using CD = ast::ColumnDef;
auto const column_def_def = spanned(
    name[set(&CD::name)] > type[set(&CD::type)] >
    *(  (kw("primary") > K("key"))[flag(&CD::primary_key)]
      | kw("identity")[flag(&CD::identity)]
      | (kw("not") > K("null"))[assign(&CD::nullable, false)]
      | kw("null")[assign(&CD::nullable, true)]
      | kw("unique")[flag(&CD::unique)]
      | kw("default") > expr[set(&CD::default_value)]
      | references[set(&CD::references)]
      | kw("check") > '(' > expr[set(&CD::check)] > ')'
      | kw("comment") > string_literal[set(&CD::comment)]));

using TC = ast::TableConstraint;
auto const column_list = must(x3::lit('('), "'(' and the constraint's columns") > (name[push(&TC::columns)] % ',') > end_of_list();
auto const constraint_body_def =
      (kw("primary") > K("key"))[assign(&TC::kind, TC::Kind::PrimaryKey)] > column_list
    | kw("unique")[assign(&TC::kind, TC::Kind::Unique)] > column_list
    | (kw("foreign") > K("key"))[assign(&TC::kind, TC::Kind::ForeignKey)] > column_list > references[set(&TC::references)]
    | kw("check")[assign(&TC::kind, TC::Kind::Check)] > '(' > expr[set(&TC::check)] > ')';

inline auto const named_constraint = [](auto& ctx) {
    auto n = std::move(_val(ctx).name);
    _val(ctx) = std::move(_attr(ctx));
    _val(ctx).name = std::move(n);
};
auto const table_constraint_def = spanned(
      kw("constraint") > name[set(&TC::name)] > constraint_body[named_constraint]
    | constraint_body[take]);

auto const table_element_def =
    table_constraint[set(&TableElement::constraint)] | column_def[set(&TableElement::column)];

// --- alter table actions

template <class Node>
auto action_node() {
    return [](auto& ctx) { _val(ctx).node = Node{std::move(_attr(ctx))}; };
}
// `alter column C ...`: the column is parsed first, parked in an AlterColumnType,
// and moved into the node the rest of the action decides on.
inline ast::Name& parked_column(ast::AlterAction& a) { return std::get<ast::AlterColumnType>(a.node).column; }
inline auto const park_column = [](auto& ctx) { _val(ctx).node = ast::AlterColumnType{std::move(_attr(ctx)), {}, {}}; };
inline auto nullability(bool nullable) {
    return [nullable](auto& ctx) {
        auto& a = _val(ctx);
        a.node = ast::AlterColumnNullability{std::move(parked_column(a)), nullable};
    };
}
inline auto const set_default = [](auto& ctx) {
    auto& a = _val(ctx);
    a.node = ast::AlterColumnDefault{std::move(parked_column(a)), std::move(_attr(ctx))};
};
inline auto const drop_default = [](auto& ctx) {
    auto& a = _val(ctx);
    a.node = ast::AlterColumnDefault{std::move(parked_column(a)), std::nullopt};
};
inline auto const column_comment = [](auto& ctx) {
    auto& a = _val(ctx);
    a.node = ast::AlterColumnComment{std::move(parked_column(a)), std::move(_attr(ctx))};
};
inline auto const column_type = [](auto& ctx) { std::get<ast::AlterColumnType>(_val(ctx).node).type = std::move(_attr(ctx)); };
inline auto const column_using = [](auto& ctx) {
    std::get<ast::AlterColumnType>(_val(ctx).node).using_expr = std::move(_attr(ctx));
};
inline auto const rename_to = [](auto& ctx) { std::get<ast::RenameColumn>(_val(ctx).node).new_name = std::move(_attr(ctx)); };

auto const alter_action_def = spanned(
      kw("add") > (  (kw("column") > column_def[action_node<ast::AddColumn>()])
                   | table_constraint[action_node<ast::AddConstraint>()]
                   | expected("'column' or a table constraint after 'add'"))
    | kw("drop") > (  (kw("column") > name[action_node<ast::DropColumn>()])
                    | (kw("constraint") > name[action_node<ast::DropConstraint>()])
                    | expected("'column' or 'constraint' after 'drop'"))
    | kw("rename") > K("column") > name[([](auto& ctx) { _val(ctx).node = ast::RenameColumn{std::move(_attr(ctx)), {}}; })]
          > K("to") > name[rename_to]
    | kw("alter") > K("column") > name[park_column] >
          (  kw("type") > type[column_type] > -(kw("using") > expr[column_using])
           | kw("set") > (  (kw("not") > K("null"))[nullability(false)]
                          | kw("default") > expr[set_default]
                          | expected("'not null' or 'default' after 'set'"))
           | kw("drop") > (  (kw("not") > K("null"))[nullability(true)]
                           | kw("default")[drop_default]
                           | expected("'not null' or 'default' after 'drop'"))
           | kw("comment") > string_literal[column_comment]
           | expected("'type', 'set', 'drop' or 'comment' after the column name")));

// --- statements

// `[if not exists]` / `[if exists]`, setting `member` when present.
template <class M>
auto if_not_exists(M member) {
    return -(kw("if") > K("not") > K("exists"))[flag(member)];
}
template <class M>
auto if_exists(M member) {
    return -(kw("if") > K("exists"))[flag(member)];
}

using CT = ast::CreateTable;
inline auto const add_element = [](auto& ctx) {
    TableElement& e = _attr(ctx);
    if (e.column) _val(ctx).columns.push_back(std::move(*e.column));
    if (e.constraint) _val(ctx).constraints.push_back(std::move(*e.constraint));
};
auto const create_table_def =
    (kw("create") >> kw("table")) > if_not_exists(&CT::if_not_exists) > qualified_name[set(&CT::table)] >
    '(' > table_element[add_element] > *(',' > table_element[add_element]) > end_of_list() > -(kw("comment") > string_literal[set(&CT::comment)]);

auto const drop_table_def = (kw("drop") >> kw("table")) > if_exists(&ast::DropTable::if_exists) >
                            qualified_name[set(&ast::DropTable::table)];

auto const rename_table_def = kw("alter") >> kw("table") >> qualified_name[set(&ast::RenameTable::table)] >>
                              kw("rename") >> kw("to") > name[set(&ast::RenameTable::new_name)];

auto const alter_table_def = (kw("alter") >> kw("table")) > qualified_name[set(&ast::AlterTable::table)] >
                             (alter_action[push(&ast::AlterTable::actions)] % ',');

auto const comment_on_table_def = (kw("comment") >> kw("on") >> kw("table")) >
                                  qualified_name[set(&ast::CommentOnTable::table)] > K("is") >
                                  string_literal[set(&ast::CommentOnTable::comment)];

inline auto const split_column_path = [](auto& ctx) {
    auto& parts = _attr(ctx);
    if (parts.size() < 2 || parts.size() > 3) {
        x3::_pass(ctx) = false;
        return;
    }
    ast::CommentOnColumn& c = _val(ctx);
    c.column = std::move(parts.back());
    c.table.name = std::move(parts[parts.size() - 2]);
    if (parts.size() == 3) c.table.schema = std::move(parts[0]);
    c.table.span = {(c.table.schema ? c.table.schema->span : c.table.name.span).begin, c.table.name.span.end};
};
auto const comment_on_column_def = (kw("comment") >> kw("on") >> kw("column")) > column_path[split_column_path] >
                                   K("is") > string_literal[set(&ast::CommentOnColumn::comment)];

using CI = ast::CreateIndex;
auto const index_element_def = spanned(
    (('(' > expr[set(&ast::IndexElement::expr)] > ')') | name[set(&ast::IndexElement::column)]) >>
    -(kw("asc")[assign(&ast::IndexElement::descending, false)] | kw("desc")[assign(&ast::IndexElement::descending, true)]));
auto const create_index_def =
    (kw("create") >> -kw("unique")[flag(&CI::unique)] >> kw("index")) > -kw("concurrently")[flag(&CI::concurrently)] >
    if_not_exists(&CI::if_not_exists) > qualified_name[set(&CI::name)] > K("on") >
    qualified_name[set(&CI::table)] > '(' > (index_element[push(&CI::elements)] % ',') > end_of_list() >
    -(kw("where") > expr[set(&CI::where)]);

auto const drop_index_def = (kw("drop") >> kw("index")) > -kw("concurrently")[flag(&ast::DropIndex::concurrently)] >
                            if_exists(&ast::DropIndex::if_exists) > qualified_name[set(&ast::DropIndex::name)];

auto const create_enum_def = (kw("create") >> kw("type")) > qualified_name[set(&ast::CreateEnum::name)] > K("as") >
                             K("enum") > '(' > (string_literal[push(&ast::CreateEnum::labels)] % ',') > end_of_list();

using AE = ast::AlterEnumAddValue;
auto const alter_enum_def = (kw("alter") >> kw("type")) > qualified_name[set(&AE::name)] > K("add") > K("value") >
                            string_literal[set(&AE::value)] >
                            -(kw("before") > string_literal[set(&AE::before)] | kw("after") > string_literal[set(&AE::after)]);

auto const drop_type_def = (kw("drop") >> kw("type")) > qualified_name[set(&ast::DropType::name)];

auto const create_schema_def = (kw("create") >> kw("schema")) > if_not_exists(&ast::CreateSchema::if_not_exists) >
                               name[set(&ast::CreateSchema::name)];

auto const drop_schema_def = (kw("drop") >> kw("schema")) > if_exists(&ast::DropSchema::if_exists) >
                             name[set(&ast::DropSchema::name)] > -kw("cascade")[flag(&ast::DropSchema::cascade)];

auto const row_def = '(' > (expr % ',') > end_of_list();
auto const insert_def = kw("insert") > K("into") > qualified_name[set(&ast::Insert::table)] > '(' >
                        (name[push(&ast::Insert::columns)] % ',') > end_of_list() > K("values") >
                        (row[push(&ast::Insert::rows)] % ',');

auto const assignment_def = name[set(&ast::Assignment::column)] > '=' > expr[set(&ast::Assignment::value)];
// `batch N` updates N rows at a time: 0 would update nothing, silently.
inline auto const batch_size = [](auto& ctx) {
    if (_attr(ctx) < 1) {
        const ParseState& st = state_of(ctx);
        Iter e = x3::_where(ctx).begin();  // just past the number
        Iter b = e;
        while (b != st.base && (is_digit(b[-1]) || b[-1] == '-' || b[-1] == '+')) --b;
        throw SyntaxError{b, e, "a batch size must be at least 1"};
    }
    _val(ctx).batch = _attr(ctx);
};
auto const update_def = kw("update") > qualified_name[set(&ast::Update::table)] > K("set") >
                        (assignment[push(&ast::Update::assignments)] % ',') >
                        -(kw("where") > expr[set(&ast::Update::where)]) >
                        -(kw("batch") > must(x3::long_long[batch_size], "a batch size"));

auto const delete_rows_def = kw("delete") > K("from") > qualified_name[set(&ast::Delete::table)] >
                        -(kw("where") > expr[set(&ast::Delete::where)]);

// A parameter's value is a literal, written like one anywhere else (-1.5 included).
auto const parameter_def = name[set(&ast::Assignment::column)] > '=' > unary_expr[set(&ast::Assignment::value)];

using EX = ast::Execute;
auto const execute_def =
    kw("execute") >
    (  (-kw("sql") >> raw_text[set(&EX::all)])
     | kw("postgresql") > raw_text[set(&EX::postgresql)] > -(kw("sqlite") > raw_text[set(&EX::sqlite)])
     | kw("sqlite") > raw_text[set(&EX::sqlite)] > -(kw("postgresql") > raw_text[set(&EX::postgresql)])
     | expected("$$raw sql$$ or 'postgresql $$...$$' / 'sqlite $$...$$' after 'execute'")) >
    -(kw("with") > '(' > (parameter[push(&EX::params)] % ',') > end_of_list());

// Each group is entered only after its first keyword: a statement is never
// tried as the eleven kinds that begin with another word (each failed try
// builds and drops that kind's node).
auto const statement_def = spanned(
    (  (&kw("create") >> (create_table[to_node] | create_index[to_node] | create_enum[to_node] | create_schema[to_node]
                          | (kw("create") > expected("'table', 'index', 'unique index', 'type' or 'schema' after 'create'"))))
     | (&kw("drop") >> (drop_table[to_node] | drop_index[to_node] | drop_type[to_node] | drop_schema[to_node]
                        | (kw("drop") > expected("'table', 'index', 'type' or 'schema' after 'drop'"))))
     | (&kw("alter") >> (rename_table[to_node] | alter_table[to_node] | alter_enum[to_node]
                         | (kw("alter") > expected("'table' or 'type' after 'alter'"))))
     | (&kw("comment") >> (comment_on_table[to_node] | comment_on_column[to_node]
                           | (kw("comment") > K("on") > expected("'table' or 'column' after 'comment on'"))))
     | insert[to_node] | update[to_node] | delete_rows[to_node] | execute[to_node]) >
    must(x3::lit(';'), "';' after the statement"));

// --- the revision header

using HF = HeaderField;
x3::rule<class revision_id_class, ast::Name> const revision_id = "a revision id";
auto const revision_id_def = revision_id_parser{};
inline auto field(HF::Kind k) { return assign(&HF::kind, k); }

auto const header_field_def = spanned(
      kw("revision")[field(HF::Kind::Revision)] > revision_id[push(&HF::ids)]
    | kw("revises")[field(HF::Kind::Revises)] >
          (  kw("none")
           | revision_id[push(&HF::ids)]
           | ('(' > (revision_id[push(&HF::ids)] % ',') > end_of_list())
           | expected("'none', a revision id or '(id, ...)' after 'revises'"))
    | kw("message")[field(HF::Kind::Message)] > must(message_parser{}[set(&HF::text)], "a quoted message")
    | kw("labels")[field(HF::Kind::Labels)] >
          (('(' > (name[push(&HF::ids)] % ',') > end_of_list()) | name[push(&HF::ids)] | expected("'(label, ...)'"))
    | kw("depends_on")[field(HF::Kind::DependsOn)] >
          (('(' > (revision_id[push(&HF::ids)] % ',') > end_of_list()) | revision_id[push(&HF::ids)] | expected("'(id, ...)'"))
    | kw("created")[field(HF::Kind::Created)] > must(line_text_parser{}[set(&HF::text)], "a date and time"));

BOOST_SPIRIT_DEFINE(name, qualified_name, column_path, string_literal, raw_text, integer, type, literal, expr,
                    and_expr, not_expr, cmp_expr, concat_expr, add_expr, mul_expr, unary_expr, primary, ref_action,
                    references, column_def, constraint_body, table_constraint, table_element, alter_action,
                    index_element, row, assignment, parameter, create_table, drop_table, rename_table, alter_table,
                    comment_on_table, comment_on_column, create_index, drop_index, create_enum, alter_enum, drop_type,
                    create_schema, drop_schema, insert, update, delete_rows, execute, statement, revision_id,
                    header_field)

}  // namespace migc::grammar::detail
