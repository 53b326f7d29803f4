#include "compiler/import/python_lexer.hpp"
#include "compiler/utf8.hpp"

#include <fmt/format.h>

namespace migc::pyimport {

namespace {

bool is_name_start(unsigned char c) {
    return std::isalpha(c) || c == '_' || c >= 0x80;
}
bool is_name_char(unsigned char c) {
    return std::isalnum(c) || c == '_' || c >= 0x80;
}


int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

class Lexer {
public:
    explicit Lexer(std::string_view src) : s_(src) {}

    LexResult run() {
        indents_.push_back(0);
        at_line_start_ = true;
        while (!result_.error) {
            if (at_line_start_ && depth_ == 0) {
                if (!indentation()) break;
                if (pos_ >= s_.size()) break;
            }
            if (pos_ >= s_.size()) break;
            char c = s_[pos_];
            if (c == '#') {
                while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
                continue;
            }
            if (c == '\n') {
                ++pos_;
                if (depth_ == 0) newline(pos_ - 1);
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                ++pos_;
                continue;
            }
            if (c == '\\') {
                std::size_t p = pos_ + 1;
                if (p < s_.size() && s_[p] == '\r') ++p;
                if (p < s_.size() && s_[p] == '\n') {
                    pos_ = p + 1;
                    continue;
                }
                fail(pos_, "a backslash that does not continue the line");
                break;
            }
            if (is_name_start(static_cast<unsigned char>(c))) {
                if (string_prefix()) continue;
                name();
                continue;
            }
            if (std::isdigit(static_cast<unsigned char>(c)) ||
                (c == '.' && pos_ + 1 < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_ + 1])))) {
                number();
                continue;
            }
            if (c == '"' || c == '\'') {
                string(pos_, false, false, false);
                continue;
            }
            op();
        }
        if (!result_.error) {
            if (!result_.tokens.empty() && result_.tokens.back().kind != TokKind::Newline &&
                result_.tokens.back().kind != TokKind::Dedent)
                push(TokKind::Newline, static_cast<std::uint32_t>(s_.size()), static_cast<std::uint32_t>(s_.size()),
                     "");
            while (indents_.size() > 1) {
                indents_.pop_back();
                push(TokKind::Dedent, static_cast<std::uint32_t>(s_.size()), static_cast<std::uint32_t>(s_.size()), "");
            }
        }
        push(TokKind::End, static_cast<std::uint32_t>(s_.size()), static_cast<std::uint32_t>(s_.size()), "");
        return std::move(result_);
    }

private:
    void push(TokKind kind, std::size_t begin, std::size_t end, std::string text) {
        Token t;
        t.kind = kind;
        t.begin = static_cast<std::uint32_t>(begin);
        t.end = static_cast<std::uint32_t>(end);
        t.text = std::move(text);
        result_.tokens.push_back(std::move(t));
    }

    void fail(std::size_t at, std::string message) {
        if (!result_.error) result_.error = LexError{static_cast<std::uint32_t>(at), std::move(message)};
    }

    void newline(std::size_t at) {
        if (!result_.tokens.empty() && result_.tokens.back().kind != TokKind::Newline &&
            result_.tokens.back().kind != TokKind::Indent && result_.tokens.back().kind != TokKind::Dedent)
            push(TokKind::Newline, at, at + 1, "");
        at_line_start_ = true;
    }

    // At the start of a logical line: measures the indentation; blank and
    // comment-only lines do not count. False at the end of the text.
    bool indentation() {
        for (;;) {
            std::size_t width = 0, p = pos_;
            while (p < s_.size() && (s_[p] == ' ' || s_[p] == '\t' || s_[p] == '\f' || s_[p] == '\r')) {
                width = s_[p] == '\t' ? (width / 8 + 1) * 8 : width + 1;
                ++p;
            }
            if (p >= s_.size()) {
                pos_ = p;
                return false;
            }
            if (s_[p] == '\n' || s_[p] == '#') {
                while (p < s_.size() && s_[p] != '\n') ++p;
                pos_ = p < s_.size() ? p + 1 : p;
                continue;
            }
            pos_ = p;
            at_line_start_ = false;
            if (width > indents_.back()) {
                indents_.push_back(width);
                push(TokKind::Indent, p, p, "");
            } else {
                while (width < indents_.back()) {
                    indents_.pop_back();
                    push(TokKind::Dedent, p, p, "");
                }
                if (width != indents_.back()) fail(p, "an indentation that matches no outer level");
            }
            return true;
        }
    }

    void name() {
        std::size_t b = pos_;
        while (pos_ < s_.size() && is_name_char(static_cast<unsigned char>(s_[pos_]))) ++pos_;
        push(TokKind::Name, b, pos_, std::string(s_.substr(b, pos_ - b)));
    }

    // r'', b'', u'', f'', rb'' ... : true when a string started here.
    bool string_prefix() {
        std::size_t p = pos_;
        bool raw = false, bytes = false, formatted = false;
        while (p < s_.size() && p - pos_ < 2) {
            char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s_[p])));
            if (c == 'r')
                raw = true;
            else if (c == 'b')
                bytes = true;
            else if (c == 'f')
                formatted = true;
            else if (c != 'u')
                break;
            ++p;
        }
        if (p == pos_ || p >= s_.size() || (s_[p] != '"' && s_[p] != '\'')) return false;
        std::size_t b = pos_;
        pos_ = p;
        string(b, raw, bytes, formatted);
        return true;
    }

    void string(std::size_t begin, bool raw, bool bytes, bool formatted) {
        char q = s_[pos_];
        bool triple = pos_ + 2 < s_.size() && s_[pos_ + 1] == q && s_[pos_ + 2] == q;
        pos_ += triple ? 3 : 1;
        std::string value;
        for (;;) {
            if (pos_ >= s_.size()) {
                fail(begin, "a string that is never closed");
                return;
            }
            char c = s_[pos_];
            if (c == q && (!triple || (pos_ + 2 < s_.size() && s_[pos_ + 1] == q && s_[pos_ + 2] == q))) {
                pos_ += triple ? 3 : 1;
                break;
            }
            if (c == '\n' && !triple) {
                fail(begin, "a string that is never closed on its line");
                return;
            }
            if (c == '\\' && pos_ + 1 < s_.size()) {
                char e = s_[pos_ + 1];
                if (raw) {
                    value += c;
                    value += e;
                    pos_ += 2;
                    continue;
                }
                pos_ += 2;
                switch (e) {
                    case '\n':
                        break;
                    case 'n':
                        value += '\n';
                        break;
                    case 't':
                        value += '\t';
                        break;
                    case 'r':
                        value += '\r';
                        break;
                    case '0':
                        value += '\0';
                        break;
                    case '\\':
                        value += '\\';
                        break;
                    case '\'':
                        value += '\'';
                        break;
                    case '"':
                        value += '"';
                        break;
                    case 'x':
                    case 'u':
                    case 'U': {
                        std::size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                        std::uint32_t cp = 0;
                        for (std::size_t i = 0; i < n; ++i) {
                            int h = pos_ + i < s_.size() ? hex_value(s_[pos_ + i]) : -1;
                            if (h < 0) {
                                fail(pos_ - 2, "a malformed \\x/\\u escape");
                                return;
                            }
                            cp = cp * 16 + static_cast<std::uint32_t>(h);
                        }
                        pos_ += n;
                        if (cp > 0x10FFFF) {
                            fail(pos_ - n - 2, "an escape past U+10FFFF");
                            return;
                        }
                        if (e == 'x' && bytes)
                            value += static_cast<char>(cp);
                        else
                            append_utf8(value, cp);
                        break;
                    }
                    default:
                        value += '\\';
                        value += e;
                }
                continue;
            }
            value += c;
            ++pos_;
        }
        push(TokKind::String, begin, pos_, std::move(value));
        result_.tokens.back().formatted = formatted;
        result_.tokens.back().bytes = bytes;
    }

    void number() {
        std::size_t b = pos_;
        while (pos_ < s_.size() &&
               (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.' || s_[pos_] == '_' ||
                ((s_[pos_] == '+' || s_[pos_] == '-') && (s_[pos_ - 1] == 'e' || s_[pos_ - 1] == 'E') &&
                 !(s_[b] == '0' && b + 1 < s_.size() && (s_[b + 1] == 'x' || s_[b + 1] == 'X')))))
            ++pos_;
        std::string text;
        for (std::size_t i = b; i < pos_; ++i)
            if (s_[i] != '_') text += s_[i];
        push(TokKind::Number, b, pos_, std::move(text));
    }

    void op() {
        static constexpr std::string_view three[] = {"**=", "//=", ">>=", "<<=", "..."};
        static constexpr std::string_view two[] = {"**", "//", "==", "!=", "<=", ">=", "->", "+=", "-=", "*=",
                                                   "/=", "%=", "&=", "|=", "^=", ":=", "<<", ">>", "@="};
        std::size_t b = pos_;
        std::string_view rest = s_.substr(pos_);
        std::size_t n = 0;
        for (auto t : three)
            if (rest.starts_with(t)) n = 3;
        if (n == 0)
            for (auto t : two)
                if (rest.starts_with(t)) n = 2;
        if (n == 0) {
            char c = s_[pos_];
            if (std::string_view("()[]{},:.;@=+-*/%&|^~<>!").find(c) == std::string_view::npos) {
                fail(pos_, fmt::format("a character Python does not read here (byte 0x{:02x})",
                                       static_cast<unsigned char>(c)));
                return;
            }
            n = 1;
            if (c == '(' || c == '[' || c == '{') ++depth_;
            if ((c == ')' || c == ']' || c == '}') && depth_ > 0) --depth_;
        }
        pos_ += n;
        push(TokKind::Op, b, pos_, std::string(s_.substr(b, n)));
    }

    std::string_view s_;
    std::size_t pos_ = 0;
    std::size_t depth_ = 0;  // open brackets: newlines inside are not NEWLINE
    bool at_line_start_ = true;
    std::vector<std::size_t> indents_;
    LexResult result_;
};

}  // namespace

LexResult lex_python(std::string_view source) {
    // What CPython itself refuses to compile: the converter would otherwise
    // carry the bytes into a .mig that migc's parser refuses in turn.
    if (auto nul = source.find('\0'); nul != std::string_view::npos)
        return {{Token{}}, LexError{static_cast<std::uint32_t>(nul), "source code cannot contain NUL bytes"}};
    if (auto bad = find_invalid_utf8(source); bad != std::string_view::npos)
        return {{Token{}},
                LexError{static_cast<std::uint32_t>(bad),
                         fmt::format("invalid UTF-8: byte 0x{:02X} (Python reads source files as UTF-8)",
                                     static_cast<unsigned char>(source[bad]))}};
    return Lexer(source).run();
}

}  // namespace migc::pyimport
