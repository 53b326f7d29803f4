// The command line (SPEC 3, "Commands"): parsed with Boost.ProgramOptions into
// a plain Invocation. `--sql` and every option may stand before or after the
// command.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace migc {

struct Invocation {
    std::string command;
    std::vector<std::string> args;  // the command's positional arguments
    std::optional<std::string> config_path;  // -c
    std::string section = "migc";            // -n
    std::optional<std::string> dialect;      // -d
    std::map<std::string, std::string> vars; // -x k=v
    bool sql = false;
    std::optional<std::string> output;  // -o
    std::size_t max_errors = 20;        // --max-errors: errors shown before stopping; 0 = all (clang's default)
    // command options
    std::optional<std::string> rev_range;  // history -r
    bool verbose = false;
    std::string format;  // history/heads/show: json; graph: dot|mermaid
    std::optional<std::string> message;  // -m
    std::optional<std::string> head, branch_label, rev_id;
    std::vector<std::string> depends_on;
    bool purge = false, autogenerate = false, check = false;
};

struct CommandLine {
    std::optional<Invocation> invocation;  // absent: help/version printed or a usage error
    int exit_code = 0;                     // when absent: 0 after help, 2 after a usage error
    std::string text;                      // help, version or the usage error
};

CommandLine parse_command_line(int argc, const char* const* argv);

}  // namespace migc
