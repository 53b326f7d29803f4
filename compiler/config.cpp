#include "compiler/config.hpp"

#include <boost/program_options.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <fstream>
#include <sstream>

namespace migc {
namespace po = boost::program_options;

bool set_dialect(Config& config, const std::string& value, Diagnostics& diags) {
    if (value == "postgresql" || value == "postgres" || value == "sqlite") {
        config.dialect = value == "sqlite" ? "sqlite" : "postgresql";
        return true;
    }
    diags.error(std::nullopt, fmt::format("unknown dialect '{}'", value))
        .notes.push_back({std::nullopt, "choose postgresql or sqlite"});
    return false;
}

namespace {

std::optional<std::pair<int, int>> parse_version(const std::string& text) {
    int major = 0, minor = 0;
    char dot = 0;
    int n = std::sscanf(text.c_str(), "%d%c%d", &major, &dot, &minor);
    if (n == 1) return std::pair{major, 0};
    if (n == 3 && dot == '.') return std::pair{major, minor};
    return std::nullopt;
}

// INI comments as Python's configparser (and so Alembic) reads them: a line
// starting with ';' or '#', or ' ;' / ' #' after a value. Boost's reader only
// knows '#', so the text is cleaned first.
std::string strip_ini_comments(std::istream& in) {
    std::string out, line;
    while (std::getline(in, line)) {
        auto first = line.find_first_not_of(" \t");
        if (first != std::string::npos && (line[first] == ';' || line[first] == '#')) line.clear();
        for (std::size_t i = 1; i < line.size(); ++i)
            if ((line[i] == ';' || line[i] == '#') && (line[i - 1] == ' ' || line[i - 1] == '\t')) {
                line.resize(i);
                break;
            }
        out += line;
        out += '\n';
    }
    return out;
}

}  // namespace

std::optional<Config> load_config(const std::string& path, bool required, const std::string& section, Diagnostics& diags) {
    Config config;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        diags.error(std::nullopt, fmt::format("'{}' is a directory, not a configuration file", path))
            .notes.push_back({std::nullopt, fmt::format("give the file itself, e.g. -c {}/migc.ini", path)});
        return std::nullopt;
    }
    std::ifstream in(path);
    if (!in) {
        if (required) {
            diags.error(std::nullopt, fmt::format("cannot read configuration file '{}'", path))
                .notes.push_back({std::nullopt, "give an existing file with -c"});
            return std::nullopt;
        }
        return config;
    }
    auto parent = std::filesystem::path(path).parent_path();
    config.base_dir = parent.empty() ? "." : parent.string();

    const std::string s = section + ".";
    std::string dialect, url, pg_version, sqlite_version, per_migration;
    po::options_description keys;
    keys.add_options()
        ((s + "script_location").c_str(), po::value(&config.script_location))
        ((s + "dialect").c_str(), po::value(&dialect))
        ((s + "url").c_str(), po::value(&url))
        ((s + "sqlalchemy.url").c_str(), po::value(&url))
        ((s + "version_table").c_str(), po::value(&config.version_table))
        ((s + "version_table_schema").c_str(), po::value(&config.version_table_schema))
        ((s + "transaction_per_migration").c_str(), po::value(&per_migration))
        ((s + "file_template").c_str(), po::value(&config.file_template))
        ((s + "timezone").c_str(), po::value(&config.timezone))
        ((s + "postgresql_version").c_str(), po::value(&pg_version))
        ((s + "sqlite_version").c_str(), po::value(&sqlite_version));
    po::variables_map vm;
    std::string cleaned = strip_ini_comments(in);
    if (cleaned.find("[" + section + "]") == std::string::npos) {
        // Settings silently taken from nowhere would compile the wrong project.
        std::vector<std::string> sections;
        std::istringstream lines(cleaned);
        for (std::string line; std::getline(lines, line);)
            if (auto b = line.find('['), e = line.find(']'); b != std::string::npos && e != std::string::npos && b < e)
                sections.push_back(line.substr(b, e - b + 1));
        diags.error(std::nullopt, fmt::format("{} has no [{}] section", path, section))
            .notes.push_back({std::nullopt, sections.empty() ? std::string("add a [migc] section")
                                                             : fmt::format("its sections: {}; pick one with -n NAME",
                                                                           fmt::join(sections, " "))});
        return std::nullopt;
    }
    try {
        // Other sections and unknown keys belong to other tools or databases.
        std::istringstream text(cleaned);
        po::store(po::parse_config_file(text, keys, /*allow_unregistered=*/true), vm);
        po::notify(vm);
    } catch (const po::invalid_config_file_syntax& e) {
        // Not e.what(): Boost substitutes %invalid_line% in its message in a
        // loop, which never ends when the line itself holds '%invalid_line%'.
        diags.error(std::nullopt, fmt::format("{}: the options configuration file contains an invalid line '{}'", path,
                                              e.tokens()));
        return std::nullopt;
    } catch (const po::error& e) {
        diags.error(std::nullopt, fmt::format("{}: {}", path, e.what()));
        return std::nullopt;
    }
    bool ok = true;
    if (config.version_table.empty()) {
        diags.error(std::nullopt, fmt::format("{}: version_table is empty", path))
            .notes.push_back({std::nullopt, "leave the key out for migc_version, or name a table"});
        ok = false;
    }
    if (!url.empty()) {
        auto scheme = url.substr(0, url.find(':'));
        auto plus = scheme.find('+');  // postgresql+psycopg2://
        ok = set_dialect(config, scheme.substr(0, plus), diags) && ok;
    }
    if (!dialect.empty()) ok = set_dialect(config, dialect, diags) && ok;
    if (!per_migration.empty()) {
        if (per_migration == "true" || per_migration == "false") config.transaction_per_migration = per_migration == "true";
        else {
            diags.error(std::nullopt, fmt::format("{}: transaction_per_migration must be true or false, not '{}'", path, per_migration));
            ok = false;
        }
    }
    if (!pg_version.empty()) {
        if (auto v = parse_version(pg_version)) std::tie(config.postgresql_major, config.postgresql_minor) = *v;
        else {
            diags.error(std::nullopt, fmt::format("{}: postgresql_version '{}' is not a version like 15", path, pg_version));
            ok = false;
        }
    }
    if (!sqlite_version.empty()) {
        if (auto v = parse_version(sqlite_version)) std::tie(config.sqlite_major, config.sqlite_minor) = *v;
        else {
            diags.error(std::nullopt, fmt::format("{}: sqlite_version '{}' is not a version like 3.40", path, sqlite_version));
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return config;
}

}  // namespace migc
