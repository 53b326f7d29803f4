#include "compiler/verify/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace migc::verify {
namespace {

bool is_word_char(unsigned char c) {
    return std::isalnum(c) || c == '_' || c == '$' || c >= 0x80;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// "column users.email" -> kind "column", object "users.email".
std::pair<std::string_view, std::string_view> split_key(std::string_view key) {
    for (std::string_view kind : {"primary key ", "table ", "column ", "constraint ", "index "})
        if (key.starts_with(kind)) return {key.substr(0, kind.size() - 1), key.substr(kind.size())};
    return {"", key};
}

// The table part of an object ("users" of "users.email"), quotes respected.
std::string table_part(std::string_view kind, std::string_view object) {
    if (kind == "table" || kind == "primary key") return std::string(object);
    bool quoted = false;
    for (std::size_t i = object.size(); i-- > 0;) {
        if (object[i] == '"') quoted = !quoted;
        if (object[i] == '.' && !quoted) return std::string(object.substr(0, i));
    }
    return std::string(object);
}

}  // namespace

std::string ident(std::string_view name) {
    std::string lower = lower_ascii(name);
    bool plain = !lower.empty() && !(lower[0] >= '0' && lower[0] <= '9');
    for (char c : lower)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) plain = false;
    if (plain) return lower;
    std::string out = "\"";
    for (char c : lower) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    std::size_t i = 0;
    auto quoted = [&](char close) {  // from the opening quote at i; doubled quotes escape
        std::string text;
        ++i;
        while (i < s.size()) {
            if (s[i] == close) {
                if (i + 1 < s.size() && s[i + 1] == close && close != ']') {
                    text += close;
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            text += s[i++];
        }
        return text;
    };
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (std::isspace(c)) {
            ++i;
        } else if (s.substr(i, 2) == "--") {
            while (i < s.size() && s[i] != '\n') ++i;
        } else if (s.substr(i, 2) == "/*") {
            auto end = s.find("*/", i + 2);
            i = end == std::string_view::npos ? s.size() : end + 2;
        } else if (c == '\'') {
            std::size_t start = i;
            quoted('\'');
            out.push_back({Token::Kind::String, std::string(s.substr(start, i - start))});
        } else if (c == '"' || c == '`' || c == '[') {
            std::string name = quoted(c == '[' ? ']' : static_cast<char>(c));
            out.push_back({Token::Kind::Name, ident(name)});
        } else if (std::isdigit(c) ||
                   (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
            std::size_t start = i;
            while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '.' ||
                                    ((s[i] == '+' || s[i] == '-') && (s[i - 1] == 'e' || s[i - 1] == 'E'))))
                ++i;
            out.push_back({Token::Kind::Number, lower_ascii(s.substr(start, i - start))});
        } else if (is_word_char(c)) {
            std::size_t start = i;
            while (i < s.size() && is_word_char(static_cast<unsigned char>(s[i]))) ++i;
            out.push_back({Token::Kind::Word, lower_ascii(s.substr(start, i - start))});
        } else {
            std::string_view two = s.substr(i, 2);
            if (two == "<=" || two == ">=" || two == "<>" || two == "!=" || two == "||" || two == "==" || two == "::") {
                out.push_back({Token::Kind::Punct, std::string(two)});
                i += 2;
            } else {
                out.push_back({Token::Kind::Punct, std::string(1, s[i])});
                ++i;
            }
        }
    }
    return out;
}

std::string join(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    std::string out;
    end = std::min(end, tokens.size());
    for (std::size_t i = begin; i < end; ++i) {
        const std::string& t = tokens[i].text;
        bool glue = i == begin || t == ")" || t == "," || t == "::" || (out.ends_with("(")) || out.ends_with("::");
        if (!glue) out += ' ';
        out += t;
    }
    return out;
}

std::string normalize_sql(std::string_view sql) {
    return join(tokenize(sql));
}

std::string normalize_type(std::string_view type) {
    std::string out;
    for (char c : type)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    return out;
}

std::vector<Difference> diff(const Catalog& expected, const Catalog& actual) {
    std::vector<Difference> out;
    auto e = expected.entries.begin(), a = actual.entries.begin();
    while (e != expected.entries.end() || a != actual.entries.end()) {
        if (a == actual.entries.end() || (e != expected.entries.end() && e->first < a->first)) {
            out.push_back({e->first, e->second, std::nullopt});
            ++e;
        } else if (e == expected.entries.end() || a->first < e->first) {
            out.push_back({a->first, std::nullopt, a->second});
            ++a;
        } else {
            if (e->second != a->second) out.push_back({e->first, e->second, a->second});
            ++e;
            ++a;
        }
    }
    // A table missing or left behind is one difference, not one per column.
    std::vector<std::string> whole;
    for (const auto& d : out)
        if (split_key(d.object).first == "table" && (!d.expected || !d.actual)) whole.push_back(table_of(d));
    std::erase_if(out, [&](const Difference& d) {
        return split_key(d.object).first != "table" &&
               std::find(whole.begin(), whole.end(), table_of(d)) != whole.end();
    });
    return out;
}

std::string table_of(const Difference& d) {
    auto [kind, object] = split_key(d.object);
    return table_part(kind, object);
}

std::string describe(const Difference& d) {
    auto with = [](const std::optional<std::string>& value) {
        return value && !value->empty() ? " (" + *value + ")" : "";
    };
    if (!d.expected) return fmt::format("{} is left behind{}", d.object, with(d.actual));
    if (!d.actual) return fmt::format("{} is missing{}", d.object, with(d.expected));
    return fmt::format("{}: expected {}, found {}", d.object, d.expected->empty() ? "nothing" : *d.expected,
                       d.actual->empty() ? "nothing" : *d.actual);
}

}  // namespace migc::verify
