#include "compiler/verify_steps.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

#include "compiler/plan/walk.hpp"
#include "compiler/script.hpp"

namespace migc {
namespace {

std::string joined(const std::vector<std::string>& ids) {
    return ids.empty() ? "base" : fmt::format("{}", fmt::join(ids, ", "));
}

// The heads after applying/removing one revision, from the graph's ancestry.
class Heads {
public:
    explicit Heads(const RevisionGraph& g) : g_(g) {}
    void upgrade(std::size_t rev) {
        applied_.insert(rev);
        std::erase_if(heads_, [&](std::size_t h) { return g_.is_ancestor(h, rev); });
        heads_.insert(rev);
    }
    void downgrade(std::size_t rev) {
        applied_.erase(rev);
        heads_.erase(rev);
        for (std::size_t p : g_.down_revisions(rev)) {
            if (!applied_.count(p)) continue;
            bool below = std::any_of(heads_.begin(), heads_.end(), [&](std::size_t h) { return g_.is_ancestor(p, h); });
            if (!below) heads_.insert(p);
        }
    }
    std::vector<std::string> ids() const {
        std::vector<std::string> out;
        for (std::size_t h : heads_) out.push_back(g_.revisions()[h].id);
        std::sort(out.begin(), out.end());
        return out;
    }
    const std::set<std::size_t>& applied() const { return applied_; }

private:
    const RevisionGraph& g_;
    std::set<std::size_t> applied_, heads_;
};

// One step of `plan` as a script of its own.
std::optional<std::string> step_script(Session& s, const Dialect& dialect, const Plan& plan,
                                       const CompiledPlan& compiled, std::size_t i, bool from_base,
                                       Diagnostics& diags) {
    Plan one;
    one.upgrade = plan.upgrade;
    one.from_base = from_base;
    one.start = plan.steps[i].from;
    one.end = plan.steps[i].to;
    one.steps = {plan.steps[i]};
    CompiledPlan ops;
    ops.ops = {compiled.ops[i]};
    ScriptRequest request{s.config, *s.project, *s.graph, dialect, one, ops, plan.upgrade ? "upgrade" : "downgrade",
                          false, s.inv.vars};
    return render_script(request, diags);
}

}  // namespace

std::optional<VerifyWalk> plan_verify_walk(Session& s, const Dialect& dialect, const std::string& range) {
    std::string start, end = "heads";
    if (auto colon = range.find(':'); colon != std::string::npos) {
        start = range.substr(0, colon);
        end = range.substr(colon + 1);
        if (start.empty() || end.empty() || end.find(':') != std::string::npos) {
            s.diags.error(DiagKind::Usage, std::nullopt, fmt::format("malformed range '{}': write START:END or TARGET", range))
                .notes.push_back({std::nullopt, "e.g. `migc verify`, `migc verify head`, `migc verify a1b2:head`"});
            return std::nullopt;
        }
    } else if (!range.empty()) {
        end = range;
    }
    SemaOptions sema{dialect.facts().max_identifier_bytes, dialect.facts().builtin_schemas};
    ParsedRevisions parsed{s.project->revisions, s.project->files, s.project->broken};

    VerifyWalk walk;
    walk.range = fmt::format("{} -> {} -> {}", start.empty() ? "base" : start, end, start.empty() ? "base" : start);
    walk.models.emplace_back();  // base
    Heads heads(*s.graph);
    std::vector<std::size_t> upgrade_order;  // revisions in the order applied; models[k + 1] is after the first k + 1
    bool from_base = true;

    auto add_upgrades = [&](const Plan& plan, bool checked) -> bool {
        std::vector<SchemaModel> models;
        auto compiled = compile_plan(parsed, *s.graph, plan, sema, s.diags, &models);
        if (!compiled || s.diags.has_errors()) return false;
        for (std::size_t i = 0; i < plan.steps.size(); ++i) {
            VerifyStep step;
            step.revision = plan.steps[i].revision;
            step.upgrade = true;
            step.checked = checked;
            step.title =
                fmt::format("upgrade {} -> {}", joined(plan.steps[i].from), s.graph->revisions()[step.revision].id);
            auto script = step_script(s, dialect, plan, *compiled, i, from_base, s.diags);
            if (!script) return false;
            from_base = false;
            step.script = std::move(*script);
            step.ops = compiled->ops[i];
            step.before = walk.models.size() - 1;
            walk.models.push_back(std::move(models[i]));
            step.after = walk.models.size() - 1;
            heads.upgrade(step.revision);
            step.heads_after = heads.ids();
            upgrade_order.push_back(step.revision);
            walk.steps.push_back(std::move(step));
        }
        return true;
    };

    if (!start.empty()) {
        auto setup = plan_upgrade(*s.graph, "", start, s.diags);
        if (!setup || !add_upgrades(*setup, false)) return std::nullopt;
    }
    auto up = plan_upgrade(*s.graph, start, end, s.diags);
    if (!up || !add_upgrades(*up, true)) return std::nullopt;

    // Down again, as far as the downgrades go.
    auto down =
        plan_downgrade(*s.graph, fmt::format("{}", fmt::join(up->end, ",")), start.empty() ? "base" : start, s.diags);
    if (!down) return std::nullopt;
    for (std::size_t i = 0; i < down->steps.size(); ++i) {
        const ast::RevisionFile& file = s.project->revisions[down->steps[i].revision];
        if (file.downgrade_kind == ast::DowngradeKind::Irreversible) {
            walk.stopped = fmt::format("the walk down stops at {}: its downgrade is irreversible", file.revision.text);
            down->steps.resize(i);
            break;
        }
    }
    if (down->steps.empty()) return walk;
    auto compiled = compile_plan(parsed, *s.graph, *down, sema, s.diags);
    if (!compiled || s.diags.has_errors()) return std::nullopt;
    for (std::size_t i = 0; i < down->steps.size(); ++i) {
        VerifyStep step;
        step.revision = down->steps[i].revision;
        step.upgrade = false;
        step.title =
            fmt::format("downgrade {} -> {}", s.graph->revisions()[step.revision].id, joined(down->steps[i].to));
        auto script = step_script(s, dialect, *down, *compiled, i, false, s.diags);
        if (!script) return std::nullopt;
        step.script = std::move(*script);
        step.ops = compiled->ops[i];
        step.before = walk.steps.back().after;
        heads.downgrade(step.revision);
        step.heads_after = heads.ids();
        // The schema must be the one the remaining revisions give: a prefix of
        // the walk up when it is one, else replayed from base.
        std::size_t k = heads.applied().size();
        bool prefix = std::all_of(upgrade_order.begin(), upgrade_order.begin() + k,
                                  [&](std::size_t r) { return heads.applied().count(r) != 0; });
        if (prefix) {
            step.after = k;
        } else {
            auto model = schema_at(parsed, *s.graph, heads.ids(), sema, s.diags);
            if (!model) return std::nullopt;
            walk.models.push_back(std::move(*model));
            step.after = walk.models.size() - 1;
        }
        walk.steps.push_back(std::move(step));
    }
    return walk;
}

}  // namespace migc
