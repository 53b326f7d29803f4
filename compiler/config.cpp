#include "compiler/config.hpp"

#include <boost/program_options.hpp>
#include <cerrno>
#include <cctype>
#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "compiler/file_io.hpp"
#include "compiler/ini.hpp"

#include "dialects/dialect.hpp"

namespace migc {
namespace po = boost::program_options;

std::optional<Location> Config::where(std::string_view key) const {
    auto found = locations.find(key);
    if (found == locations.end()) return std::nullopt;
    return found->second;
}

bool set_dialect(Config& config, const std::string& value, Diagnostics& diags, std::optional<Location> where) {
    if (auto name = canonical_dialect_name(value)) {
        config.dialect = *name;
        return true;
    }
    diags.error(DiagKind::Config, where, fmt::format("unknown dialect '{}'", value))
        .notes.push_back({std::nullopt, fmt::format("known dialects: {}", fmt::join(dialect_names(), ", "))});
    return false;
}

void warn_script_settings(const Config& config, Diagnostics& diags) {
    // A SQLite connection has the databases `main` and `temp`; any other
    // schema exists only once ATTACHed, which an offline compiler cannot see.
    std::string schema = config.version_table_schema;
    for (char& c : schema) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (config.dialect != "sqlite" || schema.empty() || schema == "main" || schema == "temp") return;
    Diagnostic& d =
        diags.warning(DiagKind::UnattachedDatabase, config.where("version_table_schema"),
                      fmt::format("version_table_schema '{}' is not a database SQLite has by itself (main, temp): "
                                  "the script works only if a database is ATTACHed as '{}' before it runs",
                                  config.version_table_schema, config.version_table_schema));
    d.notes.push_back({std::nullopt, fmt::format("e.g. `ATTACH DATABASE 'app.db' AS {};` first (migc cannot check this "
                                                 "offline); or leave version_table_schema empty, or main",
                                                 config.version_table_schema)});
}

namespace {

// The newest servers migc knows; a newer one runs the scripts written for these.
constexpr int kNewestPostgresql = 18;
constexpr int kNewestSqliteMinor = 51;

// `N`, `N.N` or `N.N.N`, digits only: no sign, no letter, no empty part. A
// part of over four digits reads as 9999, outside every range (no overflow).
std::optional<std::vector<int>> version_parts(std::string_view text) {
    std::vector<int> parts;
    std::size_t begin = 0;
    while (true) {
        std::size_t dot = std::min(text.find('.', begin), text.size());
        std::string_view part = text.substr(begin, dot - begin);
        if (part.empty() || parts.size() == 3 ||
            !std::ranges::all_of(part, [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        parts.push_back(part.size() > 4 ? 9999 : std::stoi(std::string(part)));
        if (dot == text.size()) return parts;
        begin = dot + 1;
    }
}

// postgresql_version: 9.0 to 9.6 (9.6.24 names the same server), 10 to
// kNewestPostgresql (15 or 15.4).
bool set_postgresql_version(Config& config, const std::string& text, Diagnostics& diags) {
    auto parts = version_parts(text);
    if (!parts || (parts->size() == 3 && parts->front() != 9)) {
        diags.error(DiagKind::Config, config.where("postgresql_version"),
                    fmt::format("postgresql_version '{}' is not a version like 15 or 9.6", text));
        return false;
    }
    int major = (*parts)[0], minor = parts->size() > 1 ? (*parts)[1] : 0;
    int patch = parts->size() > 2 ? (*parts)[2] : 0;
    if (!(major == 9 && minor <= 6 && patch <= 99) && !(major >= 10 && major <= kNewestPostgresql && minor <= 99)) {
        diags.error(DiagKind::Config, config.where("postgresql_version"), fmt::format("postgresql_version {} is out of range", text))
            .notes.push_back({std::nullopt, fmt::format("migc writes scripts for PostgreSQL 9.0 to 9.6 and 10 to {0}; "
                                                        "a newer server runs the scripts for {0}",
                                                        kNewestPostgresql)});
        return false;
    }
    config.postgresql_major = major;
    config.postgresql_minor = minor;
    return true;
}

// sqlite_version: 3.MINOR or 3.MINOR.PATCH, up to kNewestSqliteMinor.
bool set_sqlite_version(Config& config, const std::string& text, Diagnostics& diags) {
    auto parts = version_parts(text);
    if (!parts) {
        diags.error(DiagKind::Config, config.where("sqlite_version"),
                    fmt::format("sqlite_version '{}' is not a version like 3.40", text));
        return false;
    }
    int minor = parts->size() > 1 ? (*parts)[1] : 0;
    int patch = parts->size() > 2 ? (*parts)[2] : 0;
    if ((*parts)[0] != 3 || minor > kNewestSqliteMinor || patch > 99) {
        diags.error(DiagKind::Config, config.where("sqlite_version"), fmt::format("sqlite_version {} is out of range", text))
            .notes.push_back({std::nullopt, fmt::format("migc writes scripts for SQLite 3.0 to 3.{0}; a newer SQLite "
                                                        "runs the scripts for 3.{0}",
                                                        kNewestSqliteMinor)});
        return false;
    }
    config.sqlite_major = 3;
    config.sqlite_minor = minor;
    return true;
}

}  // namespace

std::optional<Config> load_config(const std::string& path, bool required, const std::string& section,
                                  const std::map<std::string, std::string>& vars, SourceFiles& files,
                                  Diagnostics& diags) {
    Config config;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        diags.error(DiagKind::Io, std::nullopt, fmt::format("'{}' is a directory, not a configuration file", path))
            .notes.push_back({std::nullopt, fmt::format("give the file itself, e.g. -c {}/migc.ini", path)});
        return std::nullopt;
    }
    int err = 0;
    auto text = read_file(path, err);
    if (!text) {
        // Only an absent default migc.ini means "use the defaults"; an
        // unreadable one would compile with settings nobody chose.
        if (!required && err == ENOENT) return config;
        Diagnostic& d = diags.error(DiagKind::Io, std::nullopt, fmt::format("cannot read configuration file '{}': {}", path,
                                                              os_reason(err)));
        if (err == ENOENT) d.notes.push_back({std::nullopt, "give an existing file with -c"});
        return std::nullopt;
    }
    auto parent = std::filesystem::path(path).parent_path();
    config.base_dir = parent.empty() ? "." : parent.string();

    FileId file = files.add(path, std::move(*text));
    auto ini = scan_ini(files, file, section, diags);
    if (!ini) return std::nullopt;
    if (std::ranges::count(ini->sections, section) == 0) {
        // Settings silently taken from nowhere would compile the wrong project.
        std::vector<std::string> sections;
        for (const auto& name : ini->sections) sections.push_back(fmt::format("[{}]", name));
        diags.error(DiagKind::Config, std::nullopt, fmt::format("{} has no [{}] section", path, section))
            .notes.push_back({std::nullopt, sections.empty() ? std::string("add a [migc] section")
                                                             : fmt::format("its sections: {}; pick one with -n NAME",
                                                                           fmt::join(sections, " "))});
        return std::nullopt;
    }

    std::string dialect, url, pg_version, sqlite_version, per_migration;
    po::options_description keys;
    keys.add_options()
        ("script_location", po::value(&config.script_location))
        ("dialect", po::value(&dialect))
        ("url", po::value(&url))
        ("sqlalchemy.url", po::value(&url))
        ("version_table", po::value(&config.version_table))
        ("version_table_schema", po::value(&config.version_table_schema))
        ("transaction_per_migration", po::value(&per_migration))
        ("file_template", po::value(&config.file_template))
        ("timezone", po::value(&config.timezone))
        ("postgresql_version", po::value(&pg_version))
        ("sqlite_version", po::value(&sqlite_version));
    po::parsed_options parsed(&keys);
    std::map<std::string, Location> seen;
    bool ok = true;
    for (const IniEntry& entry : ini->entries) {
        // configparser (so Alembic) refuses a key set twice: which one would hold?
        if (auto [first, fresh] = seen.emplace(entry.key, entry.where); !fresh) {
            diags.error(DiagKind::Config, entry.where, fmt::format("'{}' is set twice in [{}]", entry.key, section))
                .notes.push_back({first->second, "first set here"});
            ok = false;
            continue;
        }
        if (!keys.find_nothrow(entry.key, false)) continue;  // another tool's key (Alembic's)
        config.locations.emplace(entry.key, entry.where);
        auto value = expand_ini_value(entry, vars, diags);
        if (!value) ok = false;
        else parsed.options.emplace_back(entry.key, std::vector<std::string>{*value});
    }
    // Go on after an error: one run shows every problem of the file.
    try {
        po::variables_map vm;
        po::store(parsed, vm);
        po::notify(vm);
    } catch (const po::error& e) {
        diags.error(DiagKind::Config, std::nullopt, fmt::format("{}: {}", path, e.what()));
        return std::nullopt;
    }
    if (config.version_table.empty()) {
        diags.error(DiagKind::Config, config.where("version_table"), "version_table is empty")
            .notes.push_back({std::nullopt, "leave the key out for migc_version, or name a table"});
        ok = false;
    }
    if (!url.empty()) {
        auto scheme = url.substr(0, url.find(':'));
        auto plus = scheme.find('+');  // postgresql+psycopg2://
        ok = set_dialect(config, scheme.substr(0, plus), diags,
                         config.where("url") ? config.where("url") : config.where("sqlalchemy.url")) && ok;
    }
    if (!dialect.empty()) ok = set_dialect(config, dialect, diags, config.where("dialect")) && ok;
    if (!per_migration.empty()) {
        if (per_migration == "true" || per_migration == "false") config.transaction_per_migration = per_migration == "true";
        else {
            diags.error(DiagKind::Config, config.where("transaction_per_migration"),
                        fmt::format("transaction_per_migration must be true or false, not '{}'", per_migration));
            ok = false;
        }
    }
    if (!pg_version.empty()) ok = set_postgresql_version(config, pg_version, diags) && ok;
    if (!sqlite_version.empty()) ok = set_sqlite_version(config, sqlite_version, diags) && ok;
    if (!ok) return std::nullopt;
    return config;
}

}  // namespace migc
