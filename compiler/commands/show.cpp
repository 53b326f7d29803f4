// show REV: the revisions a target names, in the verbose form of history
// (Alembic's `show`: one log entry each). Reads the graph only.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "compiler/commands/listing.hpp"

namespace migc {


bool run_show(Session& s) {
    auto json = wants_json(s, "show");
    if (!json) return false;
    if (s.inv.args.size() != 1) {
        s.usage_error = true;
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("show takes one revision (got {})", s.inv.args.size()))
            .notes.push_back({std::nullopt, "e.g. `migc show head`, `migc show a1b2`, `migc show core@head`"});
        return false;
    }
    if (!s.load_graph(ParseDepth::Headers)) return false;
    const std::string& target = s.inv.args[0];
    auto revisions = s.graph->resolve(target, s.diags);
    if (!revisions) return false;
    if (revisions->empty()) {
        s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("'{}' names base, the state before the first revision: there is nothing to show", target))
            .notes.push_back({std::nullopt, s.graph->bases().empty()
                                                ? std::string("there are no revisions yet")
                                                : fmt::format("the first revisions are: {}",
                                                              fmt::join(s.graph->bases(), ", "))});
        return false;
    }
    if (*json) {
        s.out = revisions_json(s, *revisions);
        return true;
    }
    fmt::memory_buffer out;
    for (std::size_t rev : *revisions) fmt::format_to(std::back_inserter(out), "{}", revision_log_entry(s, rev));
    s.out = fmt::to_string(out);
    return true;
}

}  // namespace migc
