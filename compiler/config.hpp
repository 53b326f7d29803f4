// migc.ini (SPEC 1), read with Boost.ProgramOptions, and the command line that
// overrides it. Knows nothing of revisions or SQL.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diagnostics.hpp"

namespace migc {

struct Config {
    std::string base_dir = ".";  // where relative paths of the ini resolve (its directory)
    std::string script_location = "migrations";
    std::string dialect = "postgresql";
    std::string version_table = "migc_version";
    std::string version_table_schema;
    bool transaction_per_migration = false;
    std::string file_template = "%(year)d-%(month).2d-%(day).2d_%(rev)s_%(slug)s";
    std::string timezone = "UTC";
    int postgresql_major = 15;
    int postgresql_minor = 0;  // only before PostgreSQL 10 (9.6)
    int sqlite_major = 3;
    int sqlite_minor = 40;

    // Where each key's value was read in the ini file, for diagnostics about it.
    std::map<std::string, Location, std::less<>> locations;
    std::optional<Location> where(std::string_view key) const;
};

// Reads `section` of the ini file at `path` (added to `files`, so that errors
// point into it), `${key}` replaced from `vars` (-x). A missing file is fine
// when it was not asked for explicitly (`required` false): the defaults hold.
std::optional<Config> load_config(const std::string& path, bool required, const std::string& section,
                                  const std::map<std::string, std::string>& vars, SourceFiles& files,
                                  Diagnostics& diags);

// Applies a dialect name from -d or `dialect`/`url`; false on an unknown one.
bool set_dialect(Config& config, const std::string& value, Diagnostics& diags,
                 std::optional<Location> where = std::nullopt);

// Warnings about settings that only a script can get wrong (called when one
// is compiled): a SQLite version_table_schema that needs an ATTACH.
void warn_script_settings(const Config& config, Diagnostics& diags);

}  // namespace migc
