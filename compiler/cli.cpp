#include "compiler/cli.hpp"

#include <algorithm>
#include <boost/program_options.hpp>
#include <fmt/format.h>
#include <sstream>

namespace migc {
namespace po = boost::program_options;

namespace {

constexpr std::string_view kUsage =
    "usage: migc [-c migc.ini] [-n section] [-d postgresql|sqlite] [-x key=value]... [--sql] [-o FILE] COMMAND ...\n"
    "\n"
    "commands:\n"
    "  upgrade TARGET | START:END      the upgrade script (from base when no START)\n"
    "  downgrade START:END             the downgrade script\n"
    "  stamp TARGET... | START:END...  version-table rows only\n"
    "  history [-r RANGE] [-v]         heads [-v]   branches [-v]   show REV\n"
    "  revision -m MSG [--head H] [--branch-label L] [--depends-on R] [--rev-id ID]\n"
    "  merge REV REV... -m MSG         graph [--format dot|mermaid]\n"
    "  schema [REV] [--format sql|json]  the schema model at REV (default: the heads)\n"
    "  verify [RANGE]                  run the history up and down in an in-process SQLite database,\n"
    "                                  comparing every step with the schema model\n"
    "  import alembic DIR [-o MIGRATIONS_DIR]  convert an Alembic versions/ folder into .mig files\n"
    "\n";

}  // namespace

CommandLine parse_command_line(int argc, const char* const* argv) {
    Invocation inv;
    std::vector<std::string> xs;
    po::options_description opts("options");
    opts.add_options()
        ("help,h", "print this help")
        ("version", "print the version")
        ("config,c", po::value<std::string>(), "configuration file (default migc.ini)")
        ("name,n", po::value(&inv.section), "section of the configuration file (default migc)")
        ("dialect,d", po::value<std::string>(), "postgresql or sqlite (overrides migc.ini)")
        ("x,x", po::value(&xs), "key=value: a variable for ${key} in revisions")
        ("sql", po::bool_switch(&inv.sql), "print SQL (offline mode; migc never connects)")
        ("output,o", po::value<std::string>(), "write the script to FILE atomically")
        ("max-errors", po::value<std::string>(), "show at most N errors, then how many more (default 20; 0: all)")
        ("rev-range,r", po::value<std::string>(), "history: START:END")
        ("verbose,v", po::bool_switch(&inv.verbose), "more detail")
        ("format", po::value(&inv.format), "json (history, heads, show), dot|mermaid (graph), sql|json (schema)")
        ("message,m", po::value<std::string>(), "revision/merge message")
        ("head", po::value<std::string>(), "revision: the parent head")
        ("branch-label", po::value<std::string>(), "revision: a branch label")
        ("depends-on", po::value(&inv.depends_on), "revision: a dependency")
        ("rev-id", po::value<std::string>(), "revision: the id to use")
        ("purge", po::bool_switch(&inv.purge), "stamp: delete every row first")
        ("autogenerate", po::bool_switch(&inv.autogenerate), "revision: diff the declared models")
        ("check", po::bool_switch(&inv.check), "fmt: check only");
    po::options_description hidden;
    hidden.add_options()("command", po::value(&inv.command))("args", po::value(&inv.args));
    po::options_description all;
    all.add(opts).add(hidden);
    po::positional_options_description pos;
    pos.add("command", 1).add("args", -1);

    // Relative targets (`-1`, `-2`) are arguments, not options: pass them after
    // `--`, unless they are the value of an option (`-r -3:`, `--head -1`).
    static const std::vector<std::string> takes_value{"-c", "--config", "-n", "--name", "-d", "--dialect", "-x",
                                                      "-o", "--output", "-r", "--rev-range", "--format", "-m",
                                                      "--message", "--head", "--branch-label", "--depends-on",
                                                      "--rev-id"};
    std::vector<std::string> tokens, relative;
    for (int i = 1; i < argc; ++i) {
        std::string t = argv[i];
        bool is_value = i > 1 && std::find(takes_value.begin(), takes_value.end(), argv[i - 1]) != takes_value.end();
        if (!is_value && t.size() > 1 && t[0] == '-' && std::isdigit(static_cast<unsigned char>(t[1])))
            relative.push_back(t);
        else tokens.push_back(t);
    }
    if (!relative.empty()) {
        tokens.push_back("--");
        tokens.insert(tokens.end(), relative.begin(), relative.end());
    }

    CommandLine result;
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(tokens).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        result.exit_code = 2;
        result.text = fmt::format("migc: {}\n{}", e.what(), kUsage);
        return result;
    }
    if (vm.count("help")) {
        std::ostringstream o;
        o << opts;
        result.text = fmt::format("{}{}", kUsage, o.str());
        return result;
    }
    if (vm.count("version")) {
        result.text = fmt::format("migc {}\n", MIGC_VERSION);
        return result;
    }
    if (inv.command.empty()) {
        result.exit_code = 2;
        result.text = fmt::format("migc: no command given\n{}", kUsage);
        return result;
    }
    auto take = [&](const char* key, std::optional<std::string>& into) {
        if (vm.count(key)) into = vm[key].as<std::string>();
    };
    take("config", inv.config_path);
    take("dialect", inv.dialect);
    take("output", inv.output);
    take("rev-range", inv.rev_range);
    take("message", inv.message);
    take("head", inv.head);
    take("branch-label", inv.branch_label);
    take("rev-id", inv.rev_id);
    if (vm.count("max-errors")) {
        const std::string& n = vm["max-errors"].as<std::string>();
        bool digits = !n.empty() && n.size() <= 9 && n.find_first_not_of("0123456789") == std::string::npos;
        if (!digits) {
            result.exit_code = 2;
            result.text = fmt::format("migc: --max-errors takes a count (0 for no limit), not '{}'\n", n);
            return result;
        }
        inv.max_errors = std::stoul(n);
    }
    for (const auto& x : xs) {
        auto eq = x.find('=');
        if (eq == std::string::npos || eq == 0) {
            result.exit_code = 2;
            result.text = fmt::format("migc: -x takes key=value, not '{}'\n", x);
            return result;
        }
        inv.vars[x.substr(0, eq)] = x.substr(eq + 1);
    }
    result.invocation = std::move(inv);
    return result;
}

}  // namespace migc
