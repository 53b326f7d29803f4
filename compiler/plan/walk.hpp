// Alembic's walk (SPEC 3): an offline range over the revision graph becomes
// the Plan, the steps in order and the version-row changes of each (the rules
// of version_rows.hpp). Knows nothing of statements, SQL or dialects.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diagnostics.hpp"
#include "compiler/plan/plan.hpp"
#include "compiler/revision_graph.hpp"

namespace migc {

// Offline ranges: `start` is "" for base or a comma list of targets
// (`c3,d4`); `target` is any target form of SPEC 3. Errors (unknown,
// ambiguous, backwards, empty ranges ...) go into diags, without a source
// location when they are about the command line.
std::optional<Plan> plan_upgrade(const RevisionGraph& graph, std::string_view start, std::string_view target,
                                 Diagnostics& diags);
std::optional<Plan> plan_downgrade(const RevisionGraph& graph, std::string_view start, std::string_view target,
                                   Diagnostics& diags);
// Stamp takes one or several targets (Alembic's `stamp REV REV...`).
std::optional<Plan> plan_stamp(const RevisionGraph& graph, std::string_view start,
                               const std::vector<std::string>& targets, Diagnostics& diags);
inline std::optional<Plan> plan_stamp(const RevisionGraph& graph, std::string_view start, std::string_view target,
                                      Diagnostics& diags) {
    return plan_stamp(graph, start, std::vector<std::string>{std::string(target)}, diags);
}

}  // namespace migc
