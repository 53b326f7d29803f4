// The planner: a walk of the revision graph (a Plan) becomes the checked ops
// of every step. It owns the model replay: revisions below the start are
// replayed forward once (recording the upgrade ops that a derived downgrade
// inverts), then each step is checked against the model as it stands.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "compiler/diagnostics.hpp"
#include "grammar/ast.hpp"
#include "compiler/plan/plan.hpp"
#include "compiler/revision_graph.hpp"
#include "compiler/sema/checker.hpp"
#include "compiler/sema/ir.hpp"
#include "compiler/sema/schema_model.hpp"

namespace migc {

// The parsed revision files, in sorted path order (the graph's indices).
struct ParsedRevisions {
    const std::vector<ast::RevisionFile>& ast;
    const std::vector<FileId>& file;
    // Revisions with syntax errors: they and their descendants are checked
    // without reporting (their errors would be echoes of the syntax error).
    const std::vector<std::uint8_t>& broken;
    // When given, called once a block's statements are checked (`upgrade`:
    // the upgrade block, else the downgrade block): nothing reads them
    // afterwards, so they can be freed, and the AST of every revision then
    // does not peak together with every op.
    std::function<void(std::size_t rev, bool upgrade)> checked = {};
    // When given, called before a revision's statements and broken flag are
    // read: they may still be being parsed on another thread. Revisions are
    // always reached after their ancestors.
    std::function<void(std::size_t rev)> ready = {};
};

struct CompiledPlan {
    std::vector<std::vector<ir::Op>> ops;  // parallel to Plan::steps
};

// The ops of every step of `plan`. Statements with errors (in diags) have no
// ops; the rest are there, so that the dialect can still report what it
// refuses. nullopt only when the walk below the start cannot be planned.
// `models_after`, when given, receives the model after each step (`verify`).
// `on_step`, when given, is called as each step is checked, with its ops,
// which stay where they are in the result (a caller may emit SQL meanwhile).
using StepChecked = std::function<void(std::size_t step, const std::vector<ir::Op>& ops)>;
std::optional<CompiledPlan> compile_plan(const ParsedRevisions& project, const RevisionGraph& graph, const Plan& plan,
                                         const SemaOptions& options, Diagnostics& diags,
                                         std::vector<SchemaModel>* models_after = nullptr,
                                         const StepChecked& on_step = {});

// The schema after upgrading from base to `heads` (resolved ids).
std::optional<SchemaModel> schema_at(const ParsedRevisions& project, const RevisionGraph& graph,
                                     const std::vector<std::string>& heads, const SemaOptions& options,
                                     Diagnostics& diags);

}  // namespace migc
