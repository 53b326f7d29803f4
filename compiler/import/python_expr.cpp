#include "compiler/import/python_expr.hpp"

namespace migc::pyimport {

std::string Expr::dotted() const {
    if (kind == Kind::Name) return text;
    if (kind == Kind::Attr) {
        std::string left = items.front().dotted();
        return left.empty() ? std::string() : left + "." + text;
    }
    return {};
}

const Expr* Expr::keyword(std::string_view name) const {
    for (const auto& [k, v] : keywords)
        if (k == name) return &v;
    return nullptr;
}

namespace {

bool is_closer(const Token& t) {
    return t.kind == TokKind::Op && (t.text == ")" || t.text == "]" || t.text == "}");
}
bool is_opener(const Token& t) {
    return t.kind == TokKind::Op && (t.text == "(" || t.text == "[" || t.text == "{");
}

}  // namespace

Expr ExprParser::parse(bool allow_tuple) {
    std::uint32_t begin = peek().begin;
    Expr first = primary();
    if (!allow_tuple || !is_op(",")) return first;
    Expr tuple;
    tuple.kind = Expr::Kind::Tuple;
    tuple.begin = begin;
    tuple.items.push_back(std::move(first));
    while (is_op(",")) {
        ++pos_;
        if (peek().kind == TokKind::Newline || is_op("=") || is_op(":") || at_end()) break;
        tuple.items.push_back(primary());
    }
    tuple.end = t_[pos_ - 1].end;
    return tuple;
}

// Consumes the rest of an expression that is more than the subset read here
// (a binary operator, a conditional, a comprehension) and marks it Other.
Expr ExprParser::rest_as_other(Expr start) {
    Expr e;
    e.kind = Expr::Kind::Other;
    e.begin = start.begin;
    skip_balanced_until_delimiter();
    e.end = pos_ > 0 ? t_[pos_ - 1].end : start.end;
    if (e.end < e.begin) e.end = start.end;
    return e;
}

void ExprParser::skip_balanced_until_delimiter() {
    int level = 0;
    while (!at_end()) {
        const Token& t = peek();
        if (level == 0 && (t.kind == TokKind::Newline || is_closer(t) ||
                           (t.kind == TokKind::Op && (t.text == "," || t.text == ":" || t.text == "="))))
            return;
        if (t.kind == TokKind::Indent || t.kind == TokKind::Dedent) return;
        if (is_opener(t)) ++level;
        if (is_closer(t)) --level;
        ++pos_;
    }
}

Expr ExprParser::primary() {
    Expr e;
    const Token& t = peek();
    e.begin = t.begin;
    e.end = t.end;
    if (++depth_ > kMaxExprDepth) {
        // Too deep to be a migration: skip the whole bracketed rest.
        --depth_;
        int level = 0;
        while (!at_end()) {
            const Token& s = peek();
            if (s.kind == TokKind::Newline && level <= 0) break;
            if (is_opener(s)) ++level;
            if (is_closer(s)) {
                if (level == 0) break;
                --level;
            }
            ++pos_;
        }
        e.kind = Expr::Kind::Other;
        e.end = t_[pos_ > 0 ? pos_ - 1 : 0].end;
        return e;
    }
    struct Leave {
        int& d;
        ~Leave() { --d; }
    } leave{depth_};

    switch (t.kind) {
        case TokKind::Name:
            ++pos_;
            if (t.text == "None")
                e.kind = Expr::Kind::None;
            else if (t.text == "True")
                e.kind = Expr::Kind::True;
            else if (t.text == "False")
                e.kind = Expr::Kind::False;
            else if (t.text == "lambda" || t.text == "not" || t.text == "await" || t.text == "yield")
                return rest_as_other(e);
            else {
                e.kind = Expr::Kind::Name;
                e.text = t.text;
            }
            break;
        case TokKind::Number:
            ++pos_;
            e.kind = Expr::Kind::Number;
            e.text = t.text;
            break;
        case TokKind::String: {
            e.kind = Expr::Kind::String;
            bool unknown = false;
            while (peek().kind == TokKind::String) {  // implicit concatenation
                unknown = unknown || peek().formatted || peek().bytes;
                e.text += peek().text;
                e.end = peek().end;
                ++pos_;
            }
            if (unknown) e.kind = Expr::Kind::Other;
            break;
        }
        case TokKind::Op:
            if (t.text == "(") {
                ++pos_;
                if (is_op(")")) {
                    ++pos_;
                    e.kind = Expr::Kind::Tuple;
                    e.end = t_[pos_ - 1].end;
                    break;
                }
                Expr inner = primary();
                if (is_op(",")) {
                    Expr tuple = sequence(Expr::Kind::Tuple, ")", e.begin);
                    tuple.items.insert(tuple.items.begin(), std::move(inner));
                    e = std::move(tuple);
                } else if (is_op(")")) {
                    ++pos_;
                    std::uint32_t b = e.begin;
                    e = std::move(inner);
                    e.begin = b;
                    e.end = t_[pos_ - 1].end;
                } else {
                    skip_balanced_until_delimiter();
                    while (!at_end() && !is_op(")") && peek().kind != TokKind::Newline) {
                        ++pos_;
                        skip_balanced_until_delimiter();
                    }
                    if (is_op(")")) ++pos_;
                    e.kind = Expr::Kind::Other;
                    e.end = t_[pos_ - 1].end;
                    return e;
                }
                break;
            }
            if (t.text == "[") {
                ++pos_;
                e = sequence(Expr::Kind::List, "]", e.begin);
                break;
            }
            if (t.text == "{") {
                ++pos_;
                e = sequence(Expr::Kind::Dict, "}", e.begin);
                break;
            }
            if (t.text == "-" || t.text == "+") {
                ++pos_;
                Expr operand = primary();
                if (t.text == "+") return operand;
                e.kind = Expr::Kind::Neg;
                e.end = operand.end;
                e.items.push_back(std::move(operand));
                return e;
            }
            [[fallthrough]];
        default:
            e.kind = Expr::Kind::Other;
            if (!at_end() && t.kind != TokKind::Newline && !is_closer(t)) ++pos_;
            return rest_as_other(e);
    }
    e = postfix(std::move(e));
    // A binary operator, a comparison, a conditional: not in the subset.
    const Token& next = peek();
    bool more =
        (next.kind == TokKind::Op &&
         std::string_view("+-*/%|&^<>!=.@**//==").find(next.text) != std::string_view::npos && next.text != "=") ||
        (next.kind == TokKind::Name &&
         (next.text == "if" || next.text == "for" || next.text == "and" || next.text == "or" || next.text == "in" ||
          next.text == "is" || next.text == "not"));
    if (next.kind == TokKind::Op && (next.text == "==" || next.text == "!=" || next.text == "<=" || next.text == ">="))
        more = true;
    if (more) return rest_as_other(e);
    return e;
}

Expr ExprParser::postfix(Expr e) {
    for (int steps = 0; steps < 256; ++steps) {  // a longer chain is no migration: Other below
        if (is_op(".") && t_[pos_ + 1].kind == TokKind::Name) {
            Expr attr;
            attr.kind = Expr::Kind::Attr;
            attr.begin = e.begin;
            attr.text = t_[pos_ + 1].text;
            attr.end = t_[pos_ + 1].end;
            attr.items.push_back(std::move(e));
            e = std::move(attr);
            pos_ += 2;
        } else if (is_op("(")) {
            ++pos_;
            Expr call;
            call.kind = Expr::Kind::Call;
            call.begin = e.begin;
            call.items.push_back(std::move(e));
            while (!at_end() && !is_op(")")) {
                if (peek().kind == TokKind::Name && t_[pos_ + 1].kind == TokKind::Op && t_[pos_ + 1].text == "=") {
                    std::string key = peek().text;
                    pos_ += 2;
                    call.keywords.emplace_back(std::move(key), primary());
                } else if (is_op("*") || is_op("**")) {
                    Expr star;
                    star.begin = peek().begin;
                    ++pos_;
                    Expr inner = primary();
                    star.kind = Expr::Kind::Other;
                    star.end = inner.end;
                    call.items.push_back(std::move(star));
                } else {
                    call.items.push_back(primary());
                }
                if (is_op(","))
                    ++pos_;
                else if (!is_op(")")) {
                    // Not a call we can read: mark the whole call Other.
                    skip_balanced_until_delimiter();
                    if (!is_op(")") && !at_end() && peek().kind != TokKind::Newline) ++pos_;
                    if (peek().kind == TokKind::Newline || peek().kind == TokKind::Indent ||
                        peek().kind == TokKind::Dedent)
                        break;
                    call.items.push_back(Expr{});
                }
            }
            call.end = peek().end;
            if (is_op(")")) ++pos_;
            e = std::move(call);
        } else if (is_op("[")) {
            ++pos_;
            int level = 1;
            while (!at_end() && level > 0) {
                if (is_opener(peek())) ++level;
                if (is_closer(peek())) --level;
                ++pos_;
            }
            Expr other;
            other.kind = Expr::Kind::Other;
            other.begin = e.begin;
            other.end = t_[pos_ - 1].end;
            e = std::move(other);
        } else {
            break;
        }
    }
    return e;
}

Expr ExprParser::sequence(Expr::Kind kind, const char* close, std::uint32_t begin) {
    Expr e;
    e.kind = kind;
    e.begin = begin;
    bool other = false;
    while (!at_end() && !is_op(close)) {
        if (is_op(",")) {
            ++pos_;
            continue;
        }
        if (peek().kind == TokKind::Newline || peek().kind == TokKind::Indent || peek().kind == TokKind::Dedent) break;
        std::size_t before = pos_;
        e.items.push_back(primary());
        if (kind == Expr::Kind::Dict) {
            if (is_op(":")) {
                ++pos_;
                e.items.push_back(primary());
            } else {
                other = true;
            }
        }
        if (!is_op(",") && !is_op(close)) {
            other = true;
            skip_balanced_until_delimiter();
            if (!is_op(",") && !is_op(close) && !at_end() && peek().kind != TokKind::Newline) ++pos_;
        }
        if (pos_ == before) ++pos_;
    }
    e.end = peek().end;
    if (is_op(close)) ++pos_;
    if (other) e.kind = Expr::Kind::Other;
    return e;
}

}  // namespace migc::pyimport
