// Turns a compiled Plan into the SQL script of SPEC 4: the `-- Running`
// blocks, each step's checked ops and version-table rows, framed by the
// dialect (dialects/script_framing.hpp: header, transactions, wrappers).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "compiler/config.hpp"
#include "compiler/plan/plan.hpp"
#include "compiler/plan/planner.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/project.hpp"
#include "compiler/revision_graph.hpp"
#include "dialects/dialect.hpp"
#include "dialects/script_framing.hpp"

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
    const std::map<std::string, std::string>& vars;  // -x: they may change any file's statements
};

// The version table migc.ini names.
VersionTable version_table(const Config& config);

// The `-- source: sha256:` digest: the files (Project::source_digest) and every
// setting that can change the script, so two different scripts never carry
// one digest, and one input always gives one digest wherever migc runs.
std::string provenance_digest(const ScriptRequest& request);

// The whole script, or nullopt with every problem in diags. `emitted`: every
// step's SQL when it was emitted beforehand (beside the check). `framing`,
// when given, receives what the script is made of (each step's comment and
// SQL) and keeps it for the caller to free, or not (Session::keep).
std::optional<std::string> render_script(const ScriptRequest& request, Diagnostics& diags,
                                         std::vector<EmittedStep> emitted = {}, ScriptInput* framing = nullptr);

}  // namespace migc
