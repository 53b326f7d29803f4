// Python expressions as an Alembic migration writes them: literals, names,
// attribute chains, calls with positional and keyword arguments, lists,
// tuples, dicts, unary minus. Anything else (operators, comprehensions,
// lambdas, f-strings) is kept as an Other node spanning its text, so that the
// converter can name it instead of guessing. Recursion is bounded.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "compiler/import/python_lexer.hpp"

namespace migc::pyimport {

struct Keyword;

struct Expr {
    enum class Kind { Name, Attr, Call, String, Number, None, True, False, List, Tuple, Dict, Neg, Other };
    Kind kind = Kind::Other;
    std::uint32_t begin = 0, end = 0;
    std::string text;  // Name: the name; Attr: the attribute; String: the value; Number: as written
    std::vector<Expr>
        items;  // Attr: {object}; Call: {callee, args...}; List/Tuple: elements; Dict: k, v, k, v...; Neg: {operand}
    std::vector<Keyword> keywords;  // Call: name=value, in order

    // `sa.Column` for Name/Attr chains, "" otherwise.
    std::string dotted() const;
    // The callee's dotted name of a Call, "" otherwise.
    std::string callee() const { return kind == Kind::Call ? items.front().dotted() : std::string(); }
    const Expr* keyword(std::string_view name) const;
    std::size_t arg_count() const { return kind == Kind::Call ? items.size() - 1 : 0; }
    const Expr& arg(std::size_t i) const { return items[i + 1]; }
};

// A keyword argument. Not a std::pair: a pair of an incomplete Expr inside
// Expr is refused by clang's checks, a vector of an incomplete struct is not.
struct Keyword {
    Keyword(std::string n, Expr v) : name(std::move(n)), value(std::move(v)) {}
    std::string name;
    Expr value;
};

// Reads expressions from a token list; shared with the statement reader.
class ExprParser {
public:
    ExprParser(const std::vector<Token>& tokens, std::size_t& pos) : t_(tokens), pos_(pos) {}
    // One expression (a bare tuple `a, b` too when `allow_tuple`).
    Expr parse(bool allow_tuple = false);

private:
    Expr primary();
    Expr postfix(Expr e);
    Expr sequence(Expr::Kind kind, const char* close, std::uint32_t begin);
    Expr rest_as_other(Expr start);
    void skip_balanced_until_delimiter();
    const Token& peek() const { return t_[pos_]; }
    bool is_op(const char* op) const { return t_[pos_].kind == TokKind::Op && t_[pos_].text == op; }
    bool at_end() const { return t_[pos_].kind == TokKind::End; }

    const std::vector<Token>& t_;
    std::size_t& pos_;
    int depth_ = 0;
};

// The deepest nesting of brackets and calls read before giving up.
inline constexpr int kMaxExprDepth = 64;

}  // namespace migc::pyimport
