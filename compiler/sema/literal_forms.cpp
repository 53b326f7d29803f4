// Recognizers for the typed literal forms (literal_forms.hpp). Hand-written:
// each is a few lines of fixed-width digits, and JSON is one small recursive
// descent with a depth limit, so hostile input cannot exhaust the stack.
#include "compiler/sema/literal_forms.hpp"

#include <fmt/format.h>

namespace migc::literal_forms {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool hex(char c) { return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// `n` digits at `p`, as a number; nothing when they are not all digits.
std::optional<int> digits(std::string_view s, std::size_t p, std::size_t n) {
    if (p + n > s.size()) return std::nullopt;
    int v = 0;
    for (std::size_t i = p; i < p + n; ++i) {
        if (!digit(s[i])) return std::nullopt;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int days_in(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// Date at the start of `s`; its length through `used`.
std::optional<std::string> date_at(std::string_view s, std::size_t& used) {
    auto y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (!y || !m || !d || s[4] != '-' || s[7] != '-') return "it is not a date written YYYY-MM-DD";
    if (*m < 1 || *m > 12) return fmt::format("there is no month {}", *m);
    if (*y == 0) return "there is no year 0";
    if (*d < 1 || *d > days_in(*y, *m)) return fmt::format("{:04}-{:02} has no day {}", *y, *m, *d);
    used = 10;
    return std::nullopt;
}

// Time at `p` of `s`; its end through `end`.
std::optional<std::string> time_at(std::string_view s, std::size_t p, std::size_t& end) {
    auto h = digits(s, p, 2), m = digits(s, p + 3, 2);
    if (!h || !m || s[p + 2] != ':') return "it is not a time written HH:MM or HH:MM:SS";
    std::size_t q = p + 5;
    int sec = 0;
    bool fraction = false;
    if (q < s.size() && s[q] == ':') {
        auto sv = digits(s, q + 1, 2);
        if (!sv) return "the seconds need two digits";
        sec = *sv;
        q += 3;
        if (q < s.size() && s[q] == '.') {
            std::size_t f = ++q;
            while (q < s.size() && digit(s[q])) ++q;
            if (q == f) return "a '.' after the seconds needs digits";
            fraction = q > f;
        }
    }
    bool midnight = *h == 24 && *m == 0 && sec == 0 && !fraction;  // 24:00:00, as both engines accept
    if ((*h > 23 && !midnight) || *m > 59 || sec > 59) return fmt::format("{:02}:{:02}:{:02} is not a time of day", *h, *m, sec);
    end = q;
    return std::nullopt;
}

// A zone suffix: Z, +HH, +HH:MM or +HHMM (or -).
bool zone_at(std::string_view s, std::size_t p) {
    if (p == s.size()) return true;  // none: the session's zone
    if (s.substr(p) == "Z" || s.substr(p) == "z") return true;
    if (s[p] != '+' && s[p] != '-') return false;
    auto h = digits(s, p + 1, 2);
    if (!h || *h > 15) return false;
    std::string_view rest = s.substr(p + 3);
    if (rest.empty()) return true;
    if (rest.front() == ':') rest.remove_prefix(1);
    auto m = digits(rest, 0, 2);
    return m && *m < 60 && rest.size() == 2;
}

// JSON (RFC 8259), recursive descent over one value.
class Json {
public:
    explicit Json(std::string_view s) : s_(s) {}
    std::optional<std::string> check() {
        blank();
        if (!value(0)) return problem_;
        blank();
        if (p_ != s_.size()) return fmt::format("unexpected '{}' after the value, at character {}", s_[p_], p_ + 1);
        return std::nullopt;
    }

private:
    static constexpr int kMaxDepth = 256;
    std::string_view s_;
    std::size_t p_ = 0;
    std::string problem_;

    bool fail(std::string_view what) {
        problem_ = p_ < s_.size() ? fmt::format("{} at character {}", what, p_ + 1) : fmt::format("{} at the end", what);
        return false;
    }
    void blank() {
        while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\t' || s_[p_] == '\n' || s_[p_] == '\r')) ++p_;
    }
    bool word(std::string_view w) {
        if (s_.substr(p_, w.size()) != w) return fail("expected a JSON value");
        p_ += w.size();
        return true;
    }
    bool string() {
        ++p_;  // "
        while (p_ < s_.size() && s_[p_] != '"') {
            auto c = static_cast<unsigned char>(s_[p_]);
            if (c < 0x20) return fail("a control character inside a JSON string");
            if (c == '\\') {
                if (++p_ == s_.size()) break;
                char e = s_[p_];
                if (e == 'u') {
                    for (int i = 1; i <= 4; ++i)
                        if (p_ + i >= s_.size() || !hex(s_[p_ + i])) return fail("\\u needs four hex digits");
                    p_ += 4;
                } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                    return fail("an unknown escape in a JSON string");
                }
            }
            ++p_;
        }
        if (p_ == s_.size()) return fail("an unterminated JSON string");
        ++p_;
        return true;
    }
    bool number() {
        std::size_t start = p_;
        if (s_[p_] == '-') ++p_;
        if (p_ < s_.size() && s_[p_] == '0') ++p_;
        else if (p_ < s_.size() && digit(s_[p_])) while (p_ < s_.size() && digit(s_[p_])) ++p_;
        else return fail("a malformed JSON number");
        if (p_ < s_.size() && s_[p_] == '.') {
            std::size_t f = ++p_;
            while (p_ < s_.size() && digit(s_[p_])) ++p_;
            if (p_ == f) return fail("a malformed JSON number");
        }
        if (p_ < s_.size() && (s_[p_] == 'e' || s_[p_] == 'E')) {
            ++p_;
            if (p_ < s_.size() && (s_[p_] == '+' || s_[p_] == '-')) ++p_;
            std::size_t f = p_;
            while (p_ < s_.size() && digit(s_[p_])) ++p_;
            if (p_ == f) return fail("a malformed JSON number");
        }
        return p_ > start;
    }
    bool value(int depth) {
        if (depth > kMaxDepth) return fail("JSON nested too deeply");
        if (p_ == s_.size()) return fail("expected a JSON value");
        char c = s_[p_];
        if (c == '"') return string();
        if (c == 't') return word("true");
        if (c == 'f') return word("false");
        if (c == 'n') return word("null");
        if (c == '-' || digit(c)) return number();
        if (c != '{' && c != '[') return fail("expected a JSON value");
        const char close = c == '{' ? '}' : ']';
        ++p_;
        blank();
        if (p_ < s_.size() && s_[p_] == close) return ++p_, true;
        for (;;) {
            if (close == '}') {
                if (p_ == s_.size() || s_[p_] != '"') return fail("expected a quoted key");
                if (!string()) return false;
                blank();
                if (p_ == s_.size() || s_[p_] != ':') return fail("expected ':' after the key");
                ++p_;
                blank();
            }
            if (!value(depth + 1)) return false;
            blank();
            if (p_ < s_.size() && s_[p_] == ',') {
                ++p_;
                blank();
                continue;
            }
            if (p_ < s_.size() && s_[p_] == close) return ++p_, true;
            return fail(close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
        }
    }
};

}  // namespace

std::optional<std::string> date_problem(std::string_view text) {
    std::size_t used = 0;
    if (auto why = date_at(text, used)) return why;
    if (used != text.size()) return "a date has nothing after YYYY-MM-DD (a time makes it a timestamp)";
    return std::nullopt;
}

std::optional<std::string> time_problem(std::string_view text) {
    std::size_t end = 0;
    if (auto why = time_at(text, 0, end)) return why;
    if (end != text.size()) return "a time has nothing after HH:MM:SS";
    return std::nullopt;
}

std::optional<std::string> timestamp_problem(std::string_view text, bool with_zone) {
    std::size_t used = 0;
    if (auto why = date_at(text, used)) return why;
    if (used == text.size()) return std::nullopt;  // a date alone is its midnight
    if (text[used] != ' ' && text[used] != 'T') return "the date and the time are separated by a space or 'T'";
    std::size_t end = 0;
    if (auto why = time_at(text, used + 1, end)) return why;
    if (end == text.size()) return std::nullopt;
    if (!zone_at(text, end))
        return with_zone ? "the zone is written Z, +HH, +HH:MM or -HH:MM" : fmt::format("unexpected '{}' after the time", text.substr(end));
    if (!with_zone) return "a timestamp without time zone takes no zone (PostgreSQL would drop it)";
    return std::nullopt;
}

std::optional<std::string> uuid_problem(std::string_view text) {
    if (text.size() >= 2 && text.front() == '{' && text.back() == '}') text = text.substr(1, text.size() - 2);
    static constexpr std::size_t kDashes[] = {8, 13, 18, 23};
    bool dashed = text.size() == 36;
    if (!dashed && text.size() != 32) return "it needs 32 hex digits, in groups of 8-4-4-4-12";
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool dash_here = dashed && (i == kDashes[0] || i == kDashes[1] || i == kDashes[2] || i == kDashes[3]);
        if (dash_here ? text[i] != '-' : !hex(text[i])) return "it needs 32 hex digits, in groups of 8-4-4-4-12";
    }
    return std::nullopt;
}

std::optional<std::string> json_problem(std::string_view text) { return Json(text).check(); }

}  // namespace migc::literal_forms
