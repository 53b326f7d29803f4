#include "compiler/plan/planner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "compiler/sema/inverse.hpp"

namespace migc {
namespace {

class Planner {
public:
    Planner(const ParsedRevisions& project, const RevisionGraph& graph, const SemaOptions& options, Diagnostics& diags)
        : project_(project),
          graph_(graph),
          diags_(diags),
          checker_(model_, options, diags) {}

    // Replays the upgrades from base to `heads`, in one upgrade-order walk
    // (one walk per head would be quadratic in the number of heads), keeping
    // the ops of the revisions in `record`.
    bool replay_to(const std::vector<std::string>& heads, const std::vector<bool>& record) {
        std::vector<std::size_t> tips;
        for (const auto& head : heads) {
            auto rev = graph_.find(head);
            if (!rev) throw std::logic_error("replaying to an unknown revision");
            tips.push_back(*rev);
        }
        for (std::size_t rev : graph_.upgrade_order(tips)) {
            auto ops = upgrade_ops(rev);
            if (record[rev]) recorded_[rev] = std::move(ops);
        }
        return true;
    }

    std::vector<ir::Op> upgrade_ops(std::size_t rev) {
        reach(rev);
        auto ops = check_all(rev, project_.ast[rev].upgrade);
        if (project_.checked) project_.checked(rev, true);
        return ops;
    }

    std::vector<ir::Op> downgrade_ops(std::size_t rev) {
        reach(rev);
        const ast::RevisionFile& file = project_.ast[rev];
        FileId id = project_.file[rev];
        switch (file.downgrade_kind) {
            case ast::DowngradeKind::Block: {
                auto ops = check_all(rev, file.downgrade);
                if (project_.checked) project_.checked(rev, false);
                return ops;
            }
            case ast::DowngradeKind::Irreversible:
                diags_.error(DiagKind::Irreversible, Location{id, file.downgrade_span.begin, file.downgrade_span.end},
                             fmt::format("revision {} is irreversible: the downgrade cannot pass through it", file.revision.text))
                    .notes.push_back({std::nullopt, "choose a downgrade target above this revision"});
                return {};
            case ast::DowngradeKind::Missing: break;
        }
        // Derived: the inverse of every upgrade op, last first.
        const ir::Op* irreversible = nullptr;
        auto ops = invert_revision(recorded_[rev], &irreversible);
        if (!ops) {
            diags_.error(DiagKind::Irreversible, irreversible->where, fmt::format("revision {} has no downgrade block, and this statement cannot be "
                                                          "undone automatically",
                                                          file.revision.text))
                .notes.push_back({std::nullopt, "write a `downgrade { ... }` block, or `downgrade irreversible;`"});
            return {};
        }
        for (const auto& op : *ops) model_.apply(op);
        return std::move(*ops);
    }

    SchemaModel& model() { return model_; }

private:
    // Every revision is reached before its statements are read, and after its
    // ancestors: so when none reached so far is broken, none of them is.
    void reach(std::size_t rev) {
        if (project_.ready) project_.ready(rev);
        if (project_.broken[rev]) any_broken_ = true;
    }

    std::vector<ir::Op> check_all(std::size_t rev, const std::vector<ast::Statement>& statements) {
        Diagnostics quiet;
        checker_.report_to(echo_of_syntax_error(rev) ? quiet : diags_);
        std::vector<ir::Op> ops;
        ops.reserve(statements.size());  // mostly one op a statement: no regrowth, no slack kept
        for (const auto& stmt : statements)
            for (auto& op : checker_.check(stmt, project_.file[rev])) ops.push_back(std::move(op));
        checker_.report_to(diags_);
        return ops;
    }

    // A revision with syntax errors, or one above it: the model there misses
    // what did not parse.
    bool echo_of_syntax_error(std::size_t rev) {
        if (!any_broken_) return false;  // asked per revision: never scan `broken` here
        if (tainted_.empty()) tainted_.assign(project_.ast.size(), 0);
        if (tainted_[rev] == 0 && project_.broken[rev]) tainted_[rev] = 1;
        if (tainted_[rev] == 1) return true;
        if (tainted_[rev] == 2) return false;
        // Walk down iteratively: revisions are checked in upgrade order, so
        // the parents are mostly known already.
        std::vector<std::size_t> stack{rev}, pending;
        while (!stack.empty()) {
            std::size_t r = stack.back();
            bool hit = false;
            pending.clear();
            for (std::size_t parent : graph_.down_revisions(r)) {
                if (tainted_[parent] == 0 && project_.broken[parent]) tainted_[parent] = 1;  // reached before `rev`
                if (tainted_[parent] == 1) hit = true;
                else if (tainted_[parent] == 0) pending.push_back(parent);
            }
            if (hit || pending.empty()) {
                tainted_[r] = hit ? 1 : 2;
                stack.pop_back();
            } else {
                stack.insert(stack.end(), pending.begin(), pending.end());
            }
        }
        return tainted_[rev] == 1;
    }

    const ParsedRevisions& project_;
    const RevisionGraph& graph_;
    Diagnostics& diags_;
    SchemaModel model_;
    Checker checker_;
    std::map<std::size_t, std::vector<ir::Op>> recorded_;  // upgrade ops of revisions a derived downgrade undoes
    bool any_broken_ = false;    // of the revisions reached so far
    std::vector<char> tainted_;  // per revision: 0 unknown, 1 echo of a syntax error, 2 sound
};

}  // namespace

std::optional<CompiledPlan> compile_plan(const ParsedRevisions& project, const RevisionGraph& graph, const Plan& plan,
                                         const SemaOptions& options, Diagnostics& diags,
                                         std::vector<SchemaModel>* models_after, const StepChecked& on_step) {
    Planner planner(project, graph, options, diags);
    std::vector<bool> record(project.ast.size(), false);
    if (!plan.upgrade)
        for (const Step& s : plan.steps) record[s.revision] = true;
    if (!plan.from_base && !planner.replay_to(plan.start, record)) return std::nullopt;
    CompiledPlan out;
    out.ops.resize(plan.steps.size());  // sized first: a step's ops never move once checked
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const Step& s = plan.steps[i];
        out.ops[i] = s.upgrade ? planner.upgrade_ops(s.revision) : planner.downgrade_ops(s.revision);
        if (models_after) models_after->push_back(planner.model());
        if (on_step) on_step(i, out.ops[i]);
    }
    return out;
}

std::optional<SchemaModel> schema_at(const ParsedRevisions& project, const RevisionGraph& graph,
                                     const std::vector<std::string>& heads, const SemaOptions& options,
                                     Diagnostics& diags) {
    Planner planner(project, graph, options, diags);
    if (!planner.replay_to(heads, std::vector<bool>(project.ast.size(), false)) || diags.has_errors())
        return std::nullopt;
    return std::move(planner.model());
}

}  // namespace migc
