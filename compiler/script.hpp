// Turns a compiled Plan into the SQL script of SPEC 4: the `-- Running`
// blocks, each step's checked ops and version-table rows, framed by the
// dialect (dialects/script_framing.hpp: header, transactions, wrappers).
#pragma once

#include <optional>
#include <string>

#include "compiler/config.hpp"
#include "compiler/plan/planner.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/project.hpp"
#include "compiler/revision_graph.hpp"
#include "dialects/dialect.hpp"

namespace migc {

struct ScriptRequest {
    const Config& config;
    const Project& project;
    const RevisionGraph& graph;
    const Dialect& dialect;
    const Plan& plan;
    const CompiledPlan& compiled;  // the ops of every step
    std::string command;  // "upgrade" / "downgrade" / "stamp": named in the header
    bool purge = false;   // stamp --purge: empty the version table first (it exists)
};

// The whole script, or nullopt with every problem in diags.
std::optional<std::string> render_script(const ScriptRequest& request, Diagnostics& diags);

}  // namespace migc
