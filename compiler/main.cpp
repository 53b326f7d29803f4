// migc's entry point: parse the command line, load migc.ini, run one command,
// print diagnostics to stderr and the result to stdout or -o FILE.
// Exit codes (SPEC 3): 0 success, 1 user error, 2 usage error, 3 internal error.
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <map>

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
    };
    return table;
}

// Temporary file + rename: a reader never sees a partial script.
bool write_atomically(const std::string& path, const std::string& text, Diagnostics& diags) {
    std::string tmp = fmt::format("{}.migc-tmp-{}", path, getpid());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out) {
            std::error_code ec;
            std::filesystem::remove(tmp, ec);
            diags.error(std::nullopt, fmt::format("cannot write '{}'", path));
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::string why = ec.message();
        std::filesystem::remove(tmp, ec);
        diags.error(std::nullopt, fmt::format("cannot write '{}': {}", path, why));
        return false;
    }
    return true;
}

int run(int argc, char** argv) {
    CommandLine cl = parse_command_line(argc, argv);
    if (!cl.invocation) {
        std::fputs(cl.text.c_str(), cl.exit_code == 0 ? stdout : stderr);
        return cl.exit_code;
    }
    Session s;
    s.inv = std::move(*cl.invocation);
    auto finish = [&](bool ok) {
        ok = ok && !s.diags.has_errors();
        if (ok && s.inv.output) ok = write_atomically(*s.inv.output, s.out, s.diags);
        std::string report = s.diags.render(s.files, isatty(STDERR_FILENO) != 0);
        std::fwrite(report.data(), 1, report.size(), stderr);
        if (!ok) return s.usage_error ? 2 : 1;
        if (s.inv.output) return 0;
        bool written = std::fwrite(s.out.data(), 1, s.out.size(), stdout) == s.out.size();
        if (std::fflush(stdout) == 0 && written && !std::ferror(stdout)) return 0;
        std::fputs("error: cannot write the output to standard output (disk full or closed pipe?)\n", stderr);
        return 1;
    };

    auto cmd = commands().find(s.inv.command);
    if (cmd == commands().end()) {
        std::fputs(fmt::format("migc: unknown command '{}'; run `migc --help` for the list\n", s.inv.command).c_str(), stderr);
        return 2;
    }
    auto config = load_config(s.inv.config_path.value_or("migc.ini"), s.inv.config_path.has_value(), s.inv.section, s.diags);
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
