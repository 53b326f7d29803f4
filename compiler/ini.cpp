#include "compiler/ini.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace migc {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

std::optional<IniFile> scan_ini(const SourceFiles& files, FileId file, std::string_view section, Diagnostics& diags) {
    std::string_view text = files.text(file);
    auto at = [&](std::size_t begin, std::size_t end) {
        return Location{file, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
    };
    IniFile ini;
    std::optional<std::string> current;  // none before the first [section]
    bool ok = true;
    for (std::size_t pos = text.starts_with("\xEF\xBB\xBF") ? 3 : 0; pos < text.size();) {
        std::size_t first = pos, end = std::min(text.find('\n', pos), text.size());
        pos = end + 1;
        while (first < end && is_blank(text[first])) ++first;
        if (first == end || text[first] == ';' || text[first] == '#') continue;
        // A comment after a value starts with ' ;' or ' #', as migc has always
        // read them (configparser's inline_comment_prefixes).
        for (std::size_t i = first + 1; i < end; ++i)
            if ((text[i] == ';' || text[i] == '#') && is_blank(text[i - 1])) {
                end = i;
                break;
            }
        while (end > first && is_blank(text[end - 1])) --end;

        if (text[first] == '[') {
            if (text[end - 1] != ']') {
                diags.error(DiagKind::Config, at(first, end), "a section header ends with ']'");
                ok = false;
                continue;
            }
            current = std::string(text.substr(first + 1, end - first - 2));
            if (std::ranges::count(ini.sections, *current) == 0) ini.sections.push_back(*current);
            continue;
        }
        std::size_t eq = text.find('=', first);
        if (eq >= end) {
            Diagnostic& d = diags.error(DiagKind::Config, at(first, end), "expected `key = value`, a [section] or a comment");
            if (text.substr(first, end - first).find(':') != std::string_view::npos)
                d.notes.push_back({std::nullopt, "migc reads `key = value`; ':' does not separate a key here"});
            ok = false;
            continue;
        }
        std::size_t key_end = eq;
        while (key_end > first && is_blank(text[key_end - 1])) --key_end;
        if (key_end == first) {
            diags.error(DiagKind::Config, at(eq, eq + 1), "a key is missing before '='");
            ok = false;
            continue;
        }
        std::string key(text.substr(first, key_end - first));
        if (!current) {
            diags.error(DiagKind::Config, at(first, key_end), fmt::format("'{}' is set before any [section]", key))
                .notes.push_back({std::nullopt, fmt::format("put it under [{}]", section)});
            ok = false;
            continue;
        }
        if (*current != section) continue;  // another database's or another tool's
        std::size_t value = eq + 1;
        while (value < end && is_blank(text[value])) ++value;
        ini.entries.push_back({std::move(key), std::string(text.substr(value, end - value)), at(value, end)});
    }
    if (!ok) return std::nullopt;
    return ini;
}

std::optional<std::string> expand_ini_value(const IniEntry& entry, const std::map<std::string, std::string>& vars,
                                            Diagnostics& diags) {
    const std::string& v = entry.value;
    auto at = [&](std::size_t begin, std::size_t end) {
        return Location{entry.where.file, entry.where.begin + static_cast<std::uint32_t>(begin),
                        entry.where.begin + static_cast<std::uint32_t>(end)};
    };
    std::string out;
    bool ok = true;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v.compare(i, 2, "%%") == 0) {
            out += '%';
            ++i;
        } else if (v.compare(i, 2, "${") == 0) {
            std::size_t close = v.find('}', i + 2);
            if (close == std::string::npos) {
                diags.error(DiagKind::Config, at(i, v.size()), "'${' without a closing '}'")
                    .notes.push_back({std::nullopt, "write ${key} and pass -x key=VALUE"});
                return std::nullopt;
            }
            std::string name = v.substr(i + 2, close - i - 2);
            if (auto found = vars.find(name); !name.empty() && found != vars.end()) {
                out += found->second;
            } else {
                Diagnostic& d =
                    diags.error(DiagKind::UndefinedVariable, at(i, close + 1), name.empty() ? std::string("'${}' names no variable")
                                                               : fmt::format("undefined variable '{}'", name));
                if (!name.empty()) {
                    std::vector<std::string> given;
                    for (const auto& [key, value] : vars) given.push_back(key);
                    if (auto near = closest_match(name, given))
                        d.notes.push_back({std::nullopt, fmt::format("did you mean '{}'?", *near)});
                    d.notes.push_back({std::nullopt, fmt::format("pass it with -x {}=VALUE", name)});
                }
                ok = false;
            }
            i = close;
        } else {
            out += v[i];
        }
    }
    if (!ok) return std::nullopt;
    return out;
}

}  // namespace migc
