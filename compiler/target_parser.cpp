// Target syntax. Stricter than Alembic's regular expression, which accepts
// trailing garbage ("abc-2xyz") and several '@': here the whole text must parse.
#include "compiler/target_parser.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace migc {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

namespace {

// Why `c` cannot stand in a target, in the words a user needs.
std::string bad_char(std::string_view text, char c) {
    if (c == ':')
        return fmt::format("'{}' is not a revision target: ':' separates START:END, once per range", text);
    if (c == ',')
        return fmt::format("'{}' is not a revision target: ',' lists several heads, which only a START may do",
                           text);
    return fmt::format("'{}' is not a revision target: '{}' cannot appear in a revision id or branch label", text,
                       c);
}

std::optional<std::string> check_name(std::string_view text, std::string_view name) {
    for (char c : name)
        if (!is_name_char(c)) return bad_char(text, c);
    return std::nullopt;
}

}  // namespace

std::optional<TargetSpec> parse_target(std::string_view text, std::string& error) {
    if (text.empty()) {
        error = "empty revision target";
        return std::nullopt;
    }
    TargetSpec spec;
    std::string_view rest = text;
    if (auto at = text.find('@'); at != std::string_view::npos) {
        if (text.find('@', at + 1) != std::string_view::npos) {
            error = fmt::format("'{}' is not a revision target: only one '@' may appear (label@revision)", text);
            return std::nullopt;
        }
        std::string_view branch = text.substr(0, at);
        rest = text.substr(at + 1);
        if (branch.empty()) {
            error = fmt::format("'{}' is not a revision target: a branch label must come before '@'", text);
            return std::nullopt;
        }
        if (rest.empty()) {
            error = fmt::format("'{}' is not a revision target: give a revision after '@', e.g. '{}head'", text,
                                text);
            return std::nullopt;
        }
        if (auto e = check_name(text, branch)) {
            error = *e;
            return std::nullopt;
        }
        spec.branch = std::string(branch);
    }

    std::string_view symbol = rest;
    if (auto sign = rest.find_last_of("+-"); sign != std::string_view::npos) {
        std::string_view digits = rest.substr(sign + 1);
        if (digits.empty()) {
            error = fmt::format("'{}' is not a revision target: '{}' must be followed by a number of steps", text,
                                rest[sign]);
            return std::nullopt;
        }
        long steps = 0;
        for (char c : digits) {
            if (c < '0' || c > '9') {
                error = fmt::format("'{}' is not a revision target: '{}' is not a number of steps", text, digits);
                return std::nullopt;
            }
            steps = std::min(steps * 10 + (c - '0'), 1000000L);
        }
        if (steps == 0) {
            error = fmt::format("'{}' is not a revision target: a relative step must be at least 1", text);
            return std::nullopt;
        }
        spec.relative = static_cast<int>(rest[sign] == '+' ? steps : -steps);
        symbol = rest.substr(0, sign);
    }

    if (symbol.empty()) {
        spec.symbol = TargetSpec::Symbol::Current;
    } else if (symbol == "head") {
        spec.symbol = TargetSpec::Symbol::Head;
    } else if (symbol == "heads") {
        spec.symbol = TargetSpec::Symbol::Heads;
    } else if (symbol == "base") {
        spec.symbol = TargetSpec::Symbol::Base;
    } else {
        if (auto e = check_name(text, symbol)) {
            error = *e;
            return std::nullopt;
        }
        spec.symbol = TargetSpec::Symbol::Revision;
        spec.revision = std::string(symbol);
    }

    if (spec.symbol == TargetSpec::Symbol::Heads && spec.relative != 0) {
        error = fmt::format("'{}' is not a revision target: 'heads' takes no relative step; use head{:+} or "
                            "label@head{:+}",
                            text, spec.relative, spec.relative);
        return std::nullopt;
    }
    if (spec.symbol == TargetSpec::Symbol::Base && spec.relative < 0) {
        error = fmt::format("'{}' is not a revision target: nothing lies below base", text);
        return std::nullopt;
    }
    return spec;
}

}  // namespace migc
