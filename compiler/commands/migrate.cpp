// upgrade, downgrade and stamp: a range of the graph compiled into a script.
#include <fmt/format.h>

#include "compiler/script.hpp"
#include "compiler/session.hpp"

namespace migc {
namespace {

struct Range {
    std::string start;  // "" = base
    std::string end;
};

// `TARGET` or `START:END`; anything else is an error that says why.
std::optional<Range> parse_range(Session& s, const std::string& command, bool start_required) {
    if (s.inv.args.size() != 1) {
        s.usage_error = true;
        s.diags.error(std::nullopt, fmt::format("{} takes one argument, TARGET or START:END (got {})", command, s.inv.args.size()))
            .notes.push_back({std::nullopt, fmt::format("e.g. `migc --sql {} {}`", command,
                                                        command == "downgrade" ? "head:base" : "head")});
        return std::nullopt;
    }
    const std::string& arg = s.inv.args[0];
    auto colon = arg.find(':');
    if (colon == std::string::npos) {
        if (start_required) {
            s.diags.error(std::nullopt, fmt::format("an offline downgrade needs a start: give START:END, not '{}'", arg))
                .notes.push_back({std::nullopt, fmt::format("e.g. `migc --sql downgrade head:{}`", arg)});
            return std::nullopt;
        }
        return Range{"", arg};
    }
    Range r{arg.substr(0, colon), arg.substr(colon + 1)};
    std::string why;
    if (r.end.find(':') != std::string::npos) why = "a range has one ':'";
    else if (r.start.empty()) why = "the start before ':' is missing";
    else if (r.end.empty()) why = "the end after ':' is missing";
    if (!why.empty()) {
        s.diags.error(std::nullopt, fmt::format("malformed range '{}': {}", arg, why))
            .notes.push_back({std::nullopt, "write START:END, e.g. `a1b2:head` or `head:base`"});
        return std::nullopt;
    }
    return r;
}

bool run_plan(Session& s, const std::string& command) {
    bool downgrade = command == "downgrade";
    auto range = parse_range(s, command, downgrade);
    if (!range || !s.load_graph()) return false;
    std::optional<Plan> plan;
    if (command == "upgrade") plan = s.graph->plan_upgrade(range->start, range->end, s.diags);
    else if (downgrade) plan = s.graph->plan_downgrade(range->start, range->end, s.diags);
    else if (s.inv.purge && !range->start.empty()) {
        s.diags.error(std::nullopt, "stamp --purge empties the version table: give a TARGET, not START:END")
            .notes.push_back({std::nullopt, fmt::format("e.g. `migc --sql stamp --purge {}`", range->end)});
        return false;
    } else plan = s.graph->plan_stamp(range->start, range->end, s.diags);
    if (!plan) return false;

    DialectOptions options{s.config.dialect, s.config.postgresql_major, s.config.postgresql_minor, s.config.sqlite_major,
                           s.config.sqlite_minor};
    auto dialect = make_dialect(options, s.diags);
    if (!dialect) return false;
    std::optional<CompiledPlan> compiled = CompiledPlan{};
    if (command != "stamp") {
        SemaOptions sema{dialect->facts().max_identifier_bytes, dialect->facts().builtin_schemas};
        compiled = compile_plan({s.project->revisions, s.project->files}, *s.graph, *plan, sema, s.diags);
        if (!compiled) return false;
    }
    ScriptRequest request{s.config, *s.project, *s.graph, *dialect, *plan, *compiled, command, s.inv.purge && command == "stamp"};
    auto script = render_script(request, s.diags);
    if (!script) return false;
    s.out = std::move(*script);
    return true;
}

}  // namespace

bool run_upgrade(Session& s) { return run_plan(s, "upgrade"); }
bool run_downgrade(Session& s) { return run_plan(s, "downgrade"); }
bool run_stamp(Session& s) { return run_plan(s, "stamp"); }

}  // namespace migc
