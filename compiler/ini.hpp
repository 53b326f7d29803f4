// migc.ini's text as Python's configparser (and so Alembic) reads it:
// [sections], `key = value` lines, comments, `%%` for `%`; plus `${key}`
// replaced by a -x value (SPEC 1). Every problem has its file:line:col.
// Knows no migc key: config.cpp gives them their meaning.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diagnostics.hpp"

namespace migc {

struct IniEntry {
    std::string key;
    std::string value;  // as written: trimmed, comment cut, not expanded
    Location where;     // the value in the file (empty range for an empty value)
};

struct IniFile {
    std::vector<std::string> sections;  // every section, in file order
    std::vector<IniEntry> entries;      // the asked-for section's, in file order
};

// Checks every line of the file (a line that is no `[section]`, no
// `key = value` and no comment is an error, in any section) and collects the
// entries of `section`; nullopt after reporting.
std::optional<IniFile> scan_ini(const SourceFiles& files, FileId file, std::string_view section, Diagnostics& diags);

// The value with `%%` read as `%` and each `${key}` replaced by vars[key];
// nullopt after reporting an undefined or unclosed `${...}` where it stands.
std::optional<std::string> expand_ini_value(const IniEntry& entry, const std::map<std::string, std::string>& vars,
                                            Diagnostics& diags);

}  // namespace migc
