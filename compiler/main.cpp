// migc's entry point: parse the command line, load migc.ini, run one command,
// print diagnostics to stderr and the result to stdout or -o FILE.
// Exit codes (SPEC 3): 0 success, 1 user error, 2 usage error, 3 internal error.
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <fmt/format.h>
#include <map>

#include "compiler/file_io.hpp"
#include "compiler/session.hpp"

namespace {

using namespace migc;

const std::map<std::string, Command>& commands() {
    static const std::map<std::string, Command> table{
        {"upgrade", run_upgrade},
        {"downgrade", run_downgrade},
        {"stamp", run_stamp},
        {"history", run_history},
        {"heads", run_heads},
        {"branches", run_branches},
        {"show", run_show},
        {"revision", run_revision},
        {"merge", run_merge},
        {"graph", run_graph},
        {"schema", run_schema},
        {"verify", run_verify},
        {"import", run_import},
    };
    return table;
}

int run(int argc, char** argv) {
    prepare_standard_streams();
    CommandLine cl = parse_command_line(argc, argv);
    if (!cl.invocation) {
        if (cl.exit_code != 0) {
            std::fputs(cl.text.c_str(), stderr);
            return cl.exit_code;
        }
        Diagnostics diags;
        if (write_stdout(cl.text, diags)) return 0;
        std::string report = diags.render(SourceFiles{}, isatty(STDERR_FILENO) != 0);
        std::fwrite(report.data(), 1, report.size(), stderr);
        return 1;
    }
    // Never destroyed, as clang's -disable-free: freeing the AST, model and
    // ops of 100,000 revisions one by one costs a tenth of a run, at exit,
    // for nothing. A static keeps it reachable for leak checkers.
    static Session* session = new Session;
    Session& s = *session;
    s.inv = std::move(*cl.invocation);
    auto finish = [&](bool ok) {
        s.settle();
        // Nothing is written after an error: an existing -o FILE keeps its content.
        ok = ok && !s.diags.has_errors();
        if (ok) ok = s.inv.output ? write_output_file(*s.inv.output, s.out, s.diags) : write_stdout(s.out, s.diags);
        std::string report = s.diags.render(s.files, isatty(STDERR_FILENO) != 0, s.inv.max_errors);
        std::fwrite(report.data(), 1, report.size(), stderr);
        return ok ? (s.incomplete ? 1 : 0) : s.usage_error ? 2 : 1;
    };

    auto cmd = commands().find(s.inv.command);
    if (cmd == commands().end()) {
        std::fputs(fmt::format("migc: unknown command '{}'; run `migc --help` for the list\n", s.inv.command).c_str(), stderr);
        return 2;
    }
    auto config = load_config(s.inv.config_path.value_or("migc.ini"), s.inv.config_path.has_value(), s.inv.section,
                              s.inv.vars, s.files, s.diags);
    if (!config) return finish(false);
    s.config = std::move(*config);
    if (s.inv.dialect && !set_dialect(s.config, *s.inv.dialect, s.diags)) {
        s.usage_error = true;
        return finish(false);
    }
    return finish(cmd->second(s));
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "migc: internal error: %s\n", e.what());
        return 3;
    } catch (...) {
        std::fputs("migc: internal error\n", stderr);
        return 3;
    }
}
