// heads and branches: the tips and the branch points of the graph, as
// `alembic heads` and `alembic branches` print them. Reads the graph only.
#include <fmt/format.h>

#include "compiler/commands/listing.hpp"
#include "compiler/plan/walk.hpp"

namespace migc {


// Every revision no other revises (Alembic's `heads` without
// --resolve-dependencies): a head that another revision depends on is shown
// as `(effective head)`.
bool run_heads(Session& s) {
    auto json = wants_json(s, "heads");
    if (!json || !takes_no_arguments(s, "heads") || !s.load_graph(ParseDepth::Headers)) return false;
    const RevisionGraph& g = *s.graph;
    std::vector<std::size_t> heads;
    for (std::size_t rev = 0; rev < g.revisions().size(); ++rev)
        if (g.children(rev).empty()) heads.push_back(rev);
    if (*json) {
        s.out = revisions_json(s, heads);
        return true;
    }
    fmt::memory_buffer out;
    for (std::size_t rev : heads) {
        if (s.inv.verbose) fmt::format_to(std::back_inserter(out), "{}", revision_log_entry(s, rev));
        else fmt::format_to(std::back_inserter(out), "{}\n", revision_summary(s, rev, true, false, false, false));
    }
    s.out = fmt::to_string(out);
    return true;
}

// Each branch point, newest first, then its children indented under it; one
// empty line after each block (Alembic's `branches`).
bool run_branches(Session& s) {
    if (!s.inv.format.empty() && s.inv.format != "text") {
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("branches has no format '{}'", s.inv.format))
            .notes.push_back({std::nullopt, "for JSON, use `migc history --format json` (is_branch_point)"});
        return false;
    }
    if (!takes_no_arguments(s, "branches") || !s.load_graph(ParseDepth::Headers)) return false;
    const RevisionGraph& g = *s.graph;
    if (g.revisions().empty()) return true;
    Diagnostics scratch;
    auto plan = plan_upgrade(g, "", "heads", scratch);  // newest first: the upgrade order reversed
    if (!plan) {
        for (const Diagnostic& d : scratch.items()) s.diags.add(d);
        return false;
    }
    fmt::memory_buffer out;
    for (auto step = plan->steps.rbegin(); step != plan->steps.rend(); ++step) {
        std::size_t rev = step->revision;
        if (g.children(rev).size() < 2) continue;
        if (s.inv.verbose) fmt::format_to(std::back_inserter(out), "{}", revision_log_entry(s, rev));
        else fmt::format_to(std::back_inserter(out), "{}\n", revision_summary(s, rev, true, false, false, true));
        std::string indent(g.revisions()[rev].id.size(), ' ');
        for (std::size_t child : g.children(rev))
            fmt::format_to(std::back_inserter(out), "{} -> {}\n", indent,
                           revision_summary(s, child, true, s.inv.verbose, false, true));
        fmt::format_to(std::back_inserter(out), "\n");
    }
    s.out = fmt::to_string(out);
    return true;
}

}  // namespace migc
