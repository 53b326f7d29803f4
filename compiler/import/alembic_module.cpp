#include "compiler/import/alembic_module.hpp"

namespace migc::pyimport {

namespace {

constexpr int kMaxBlockDepth = 32;

class StatementReader {
public:
    explicit StatementReader(const std::vector<Token>& tokens) : t_(tokens) {}

    void module(AlembicModule& m) {
        bool first = true;
        while (!at(TokKind::End)) {
            std::size_t before = pos_;
            if (at(TokKind::Newline) || at(TokKind::Indent) || at(TokKind::Dedent)) {
                ++pos_;
                continue;
            }
            if (is_name("def") && t_[pos_ + 1].kind == TokKind::Name &&
                (t_[pos_ + 1].text == "upgrade" || t_[pos_ + 1].text == "downgrade")) {
                Function& f = t_[pos_ + 1].text == "upgrade" ? m.upgrade : m.downgrade;
                f.present = true;
                f.begin = t_[pos_].begin;
                skip_header();
                f.body = block(0);
            } else {
                Stmt s = statement(0);
                if (first && s.kind == Stmt::Kind::Expr && s.expr.kind == Expr::Kind::String) m.docstring = s.expr.text;
                if (s.kind == Stmt::Kind::Assign && !s.target.empty()) {
                    m.assigns[s.target] = s.expr;
                    m.assign_at[s.target] = s.begin;
                }
            }
            first = false;
            if (pos_ == before) ++pos_;
        }
    }

private:
    bool at(TokKind k) const { return t_[pos_].kind == k; }
    bool is_name(const char* n) const { return t_[pos_].kind == TokKind::Name && t_[pos_].text == n; }
    bool is_op(const char* o) const { return t_[pos_].kind == TokKind::Op && t_[pos_].text == o; }

    // Up to the end of the logical line, and past a nested block after it.
    void skip_statement() {
        while (!at(TokKind::End) && !at(TokKind::Newline) && !at(TokKind::Dedent)) {
            if (at(TokKind::Indent)) break;
            ++pos_;
        }
        if (at(TokKind::Newline)) ++pos_;
        if (at(TokKind::Indent)) skip_block();
    }

    void skip_block() {
        int level = 0;
        while (!at(TokKind::End)) {
            if (at(TokKind::Indent)) ++level;
            if (at(TokKind::Dedent)) {
                --level;
                if (level == 0) {
                    ++pos_;
                    return;
                }
            }
            ++pos_;
        }
    }

    // `def f(...) -> X:` up to the colon that ends it.
    void skip_header() {
        int level = 0;
        while (!at(TokKind::End) && !at(TokKind::Newline)) {
            if (is_op("(") || is_op("[") || is_op("{")) ++level;
            if (is_op(")") || is_op("]") || is_op("}")) --level;
            if (level == 0 && is_op(":")) {
                ++pos_;
                return;
            }
            ++pos_;
        }
    }

    // A suite: either an indented block or the rest of the line after ':'.
    std::vector<Stmt> block(int depth) {
        std::vector<Stmt> out;
        if (!at(TokKind::Newline)) {  // `def f(): pass` on one line
            while (!at(TokKind::End) && !at(TokKind::Newline)) {
                std::size_t before = pos_;
                out.push_back(statement(depth + 1, true));
                if (is_op(";")) ++pos_;
                if (pos_ == before) ++pos_;
            }
            if (at(TokKind::Newline)) ++pos_;
            return out;
        }
        ++pos_;
        if (!at(TokKind::Indent)) return out;
        ++pos_;
        while (!at(TokKind::End) && !at(TokKind::Dedent)) {
            std::size_t before = pos_;
            if (at(TokKind::Newline)) {
                ++pos_;
                continue;
            }
            out.push_back(statement(depth + 1));
            if (pos_ == before) ++pos_;
        }
        if (at(TokKind::Dedent)) ++pos_;
        return out;
    }

    Stmt statement(int depth, bool inline_suite = false) {
        Stmt s;
        s.begin = t_[pos_].begin;
        const Token& first = t_[pos_];
        static const char* compound[] = {"if",    "for",   "while", "try",  "class",  "def",
                                         "async", "match", "elif",  "else", "except", "finally"};
        bool is_compound = false;
        if (first.kind == TokKind::Name)
            for (const char* c : compound)
                if (first.text == c) is_compound = true;
        if (first.kind == TokKind::Op && first.text == "@") is_compound = true;  // a decorator
        if (first.kind == TokKind::Name && first.text == "with" && depth < kMaxBlockDepth) {
            ++pos_;
            ExprParser p(t_, pos_);
            s.expr = p.parse();
            if (is_name("as") && t_[pos_ + 1].kind == TokKind::Name) {
                s.target = t_[pos_ + 1].text;
                pos_ += 2;
            }
            if (is_op(":")) {
                ++pos_;
                s.kind = Stmt::Kind::With;
                s.body = block(depth);
                s.end = t_[pos_ > 0 ? pos_ - 1 : 0].end;
                return s;
            }
            is_compound = true;
        }
        if (is_compound || (first.kind == TokKind::Name && first.text == "with")) {
            skip_statement();
            // if/elif/else, try/except/finally: one statement.
            while (is_name("elif") || is_name("else") || is_name("except") || is_name("finally")) skip_statement();
            s.kind = Stmt::Kind::Other;
            s.end = end_before();
            return s;
        }
        if (first.kind == TokKind::Name && (first.text == "pass" || first.text == "raise")) {
            s.kind = first.text == "pass" ? Stmt::Kind::Pass : Stmt::Kind::Raise;
            finish_simple(inline_suite);
            s.end = end_before();
            return s;
        }
        if (first.kind == TokKind::Name && (first.text == "import" || first.text == "from")) {
            finish_simple(inline_suite);
            s.kind = Stmt::Kind::Import;  // names for what follows; no SQL
            s.end = end_before();
            return s;
        }
        if (first.kind == TokKind::Name &&
            (first.text == "return" || first.text == "global" || first.text == "del" || first.text == "assert" ||
             first.text == "nonlocal" || first.text == "break" || first.text == "continue")) {
            finish_simple(inline_suite);
            s.kind = Stmt::Kind::Other;
            s.end = end_before();
            return s;
        }
        ExprParser p(t_, pos_);
        Expr e = p.parse(true);
        if (is_op(":") && e.kind == Expr::Kind::Name) {  // an annotation: `revision: str = "..."`
            ++pos_;
            ExprParser ann(t_, pos_);
            ann.parse();
        }
        if (is_op("=") && e.kind == Expr::Kind::Name) {
            ++pos_;
            ExprParser value(t_, pos_);
            s.kind = Stmt::Kind::Assign;
            s.target = e.text;
            s.expr = value.parse(true);
        } else {
            s.kind = Stmt::Kind::Expr;
            s.expr = std::move(e);
        }
        if (!at(TokKind::Newline) && !at(TokKind::End) && !at(TokKind::Dedent) && !(inline_suite && is_op(";"))) {
            s.kind = Stmt::Kind::Other;  // `a = b = c`, `x += 1`, anything left on the line
        }
        finish_simple(inline_suite);
        s.end = end_before();
        return s;
    }

    void finish_simple(bool inline_suite) {
        while (!at(TokKind::End) && !at(TokKind::Newline) && !at(TokKind::Dedent) && !at(TokKind::Indent) &&
               !(inline_suite && is_op(";")))
            ++pos_;
        if (!inline_suite && at(TokKind::Newline)) ++pos_;
        if (at(TokKind::Indent)) skip_block();
    }

    // The end of the last token that is text (not NEWLINE/INDENT/DEDENT).
    std::uint32_t end_before() const {
        for (std::size_t i = pos_; i > 0; --i) {
            TokKind k = t_[i - 1].kind;
            if (k == TokKind::Name || k == TokKind::Number || k == TokKind::String || k == TokKind::Op)
                return t_[i - 1].end;
        }
        return 0;
    }

    const std::vector<Token>& t_;
    std::size_t pos_ = 0;
};

}  // namespace

AlembicModule read_alembic_module(std::string_view source) {
    AlembicModule m;
    LexResult lexed = lex_python(source);
    m.error = lexed.error;
    StatementReader(lexed.tokens).module(m);
    return m;
}

}  // namespace migc::pyimport
