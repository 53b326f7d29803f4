// Alembic's walk: which revisions a range runs, in which order, and the
// version rows each step leaves. The graph resolves the targets and sorts;
// this file decides what is in the range and reports empty or backwards ones.
#include "compiler/plan/walk.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "compiler/plan/version_rows.hpp"

namespace migc {

namespace {

using Start = RevisionGraph::Start;
constexpr std::size_t kBase = RevisionGraph::kBase;

std::string ids(const RevisionGraph& graph, const std::vector<std::size_t>& revs) {
    return capped_list(graph.id_list(revs));
}

Plan make_plan(const RevisionGraph& graph, bool upgrade, const Start& start, const std::vector<std::size_t>& order) {
    Plan plan;
    plan.upgrade = upgrade;
    plan.from_base = start.heads.empty();
    plan.start = graph.id_list(start.heads);
    VersionRows rows(graph, start.heads);
    plan.steps.reserve(order.size());
    for (std::size_t rev : order) {
        Step step;
        step.revision = rev;
        step.upgrade = upgrade;
        // "-- Running upgrade A, B -> C": parents without dependencies.
        const RevisionHeader& r = graph.revisions()[rev];
        (upgrade ? step.from : step.to) = r.parents;
        (upgrade ? step.to : step.from).assign(1, r.id);
        step.rows = upgrade ? rows.after_upgrade(rev) : rows.after_downgrade(rev);
        plan.steps.push_back(std::move(step));
    }
    plan.end = graph.id_list(rows.heads());
    return plan;
}

// One stamp step: the rows it changes name its `from` side (the heads it
// replaces, in row order); `to` is the destination, or nothing for a delete.
void add_stamp(const RevisionGraph& graph, Plan& plan, std::size_t rev, bool to_destination,
               std::vector<VersionRowChange> changes) {
    if (changes.empty()) return;
    Step step;
    step.revision = rev;
    step.upgrade = plan.upgrade;
    for (const auto& c : changes)
        if (!c.from.empty()) step.from.push_back(c.from);
    if (to_destination) step.to.push_back(graph.revisions()[rev].id);
    step.rows = std::move(changes);
    plan.stamps.push_back(std::move(step));
}

// Several stamp targets must name independent revisions: base mixed with
// revisions (Alembic drops the base), or two destinations on one line of
// descent (Alembic writes both rows, which no upgrade accepts afterwards: its
// own tests call that "nonsensical"), are errors.
bool stamp_targets_agree(const RevisionGraph& graph, const std::vector<std::string>& targets,
                         const std::vector<std::size_t>& destinations, bool with_base, Diagnostics& diags) {
    const auto& revisions = graph.revisions();
    if (with_base && !destinations.empty()) {
        diags
            .error(DiagKind::Stamp, std::nullopt,
                   fmt::format("stamp '{}': base cannot be stamped together with revisions ({})",
                               fmt::join(targets, " "), ids(graph, destinations)))
            .notes.push_back({std::nullopt, "stamp base (or LABEL@base) alone, then the revisions"});
        return false;
    }
    for (std::size_t i = 0; i < destinations.size(); ++i)
        for (std::size_t j = 0; j < destinations.size(); ++j)
            if (i != j && graph.is_ancestor(destinations[i], destinations[j])) {
                diags
                    .error(DiagKind::Stamp, std::nullopt,
                           fmt::format("stamp '{}': {} is an ancestor of {}; the version table holds "
                                       "one row per branch, its head",
                                       fmt::join(targets, " "), revisions[destinations[i]].id,
                                       revisions[destinations[j]].id))
                    .notes.push_back({std::nullopt, fmt::format("stamp {} alone", revisions[destinations[j]].id)});
                return false;
            }
    return true;
}

}  // namespace

std::optional<Plan> plan_upgrade(const RevisionGraph& graph, std::string_view start_text, std::string_view target,
                                 Diagnostics& diags) {
    auto start = graph.parse_start(start_text, diags);
    if (!start) return std::nullopt;
    auto targets = graph.upgrade_targets(*start, target, diags);
    if (!targets) return std::nullopt;

    const std::size_t n = graph.revisions().size();
    std::vector<bool> need = graph.with_ancestors(*targets);
    std::vector<bool> applied = graph.with_ancestors(start->heads);
    for (std::size_t x = 0; x < n; ++x)
        if (applied[x]) need[x] = false;

    if (std::ranges::count(need, true) == 0) {
        std::string from = start->heads.empty() ? std::string("base") : ids(graph, start->heads);
        bool at_start = !targets->empty() && std::ranges::all_of(*targets, [&](std::size_t t) {
            return std::ranges::count(start->heads, t) > 0;
        });
        if (at_start || (targets->empty() && start->heads.empty()))
            diags.error(DiagKind::Range, std::nullopt,
                        fmt::format("empty range: the start is already at '{}' ({}); nothing to "
                                    "upgrade",
                                    target, from));
        else
            diags.error(DiagKind::Range, std::nullopt,
                        fmt::format("backwards range: '{}' ({}) lies below the start ({}); use "
                                    "downgrade to go back",
                                    target, targets->empty() ? "base" : ids(graph, *targets), from));
        return std::nullopt;
    }
    std::vector<std::size_t> order = graph.topological_walk(need, *targets);
    std::ranges::reverse(order);
    return make_plan(graph, true, *start, order);
}

std::optional<Plan> plan_downgrade(const RevisionGraph& graph, std::string_view start_text, std::string_view target,
                                   Diagnostics& diags) {
    if (start_text.empty()) {
        diags.error(DiagKind::Range, std::nullopt,
                    fmt::format("an offline downgrade needs a start: give START:END, e.g. "
                                "'head:{}'",
                                target.empty() ? "base" : target));
        return std::nullopt;
    }
    auto start = graph.parse_start(start_text, diags);
    if (!start) return std::nullopt;
    auto to = graph.downgrade_target(*start, target, diags);
    if (!to) return std::nullopt;

    // Alembic's _collect_downgrade_revisions: what descends from the roots
    // just above the target and is applied in the start.
    std::vector<std::size_t> roots = to->revision == kBase ? graph.base_indices() : graph.children(to->revision);
    if (to->branch && roots.size() > 1) {
        std::erase_if(roots, [&](std::size_t r) { return !graph.is_parent_ancestor(r, *to->branch); });
        if (roots.empty()) {
            diags.error(DiagKind::Range, std::nullopt,
                        fmt::format("'{}': no revision right above {} is on branch '{}'", target,
                                    graph.name_of(to->revision), graph.revisions()[*to->branch].id));
            return std::nullopt;
        }
    }
    const std::size_t n = graph.revisions().size();
    std::vector<bool> drop = graph.with_descendants(roots);
    std::vector<bool> applied = graph.with_ancestors(start->heads);
    for (std::size_t x = 0; x < n; ++x) drop[x] = drop[x] && applied[x];
    if (std::ranges::count(drop, true) == 0) {
        const std::size_t t = to->revision;
        std::string from = start->heads.empty() ? std::string("base") : ids(graph, start->heads);
        if (t == kBase ? start->heads.empty() : std::ranges::count(start->heads, t) > 0)
            diags.error(DiagKind::Range, std::nullopt,
                        fmt::format("empty range: the start is already at '{}' ({}); nothing to "
                                    "downgrade",
                                    target, from));
        else if (t != kBase &&
                 std::ranges::any_of(start->heads, [&](std::size_t h) { return graph.is_ancestor(h, t); }))
            diags.error(DiagKind::Range, std::nullopt,
                        fmt::format("backwards range: '{}' ({}) lies above the start ({}); use upgrade "
                                    "to go forward",
                                    target, graph.name_of(t), from));
        else
            diags.error(DiagKind::Range, std::nullopt,
                        fmt::format("nothing to downgrade: '{}' ({}) is not below the start ({})", target,
                                    graph.name_of(t), from));
        return std::nullopt;
    }
    return make_plan(graph, false, *start, graph.topological_walk(drop, start->heads));
}

std::optional<Plan> plan_stamp(const RevisionGraph& graph, std::string_view start_text,
                               const std::vector<std::string>& targets, Diagnostics& diags) {
    auto start = graph.parse_start(start_text, diags);
    if (!start) return std::nullopt;

    // Each target gives destinations, or base (delete rows) limited to a branch.
    std::vector<std::size_t> destinations;
    std::vector<std::optional<std::size_t>> base_branches;  // one per target that is base
    for (const std::string& target : targets) {
        auto found = graph.stamp_target(*start, target, diags);
        if (!found) return std::nullopt;
        if (found->revisions.empty()) base_branches.push_back(found->branch);
        for (std::size_t d : found->revisions)
            if (std::ranges::count(destinations, d) == 0) destinations.push_back(d);
    }
    if (!stamp_targets_agree(graph, targets, destinations, !base_branches.empty(), diags)) return std::nullopt;
    const bool to_base = destinations.empty();
    Plan plan;
    plan.from_base = start->heads.empty();
    plan.start = graph.id_list(start->heads);
    VersionRows rows(graph, start->heads);
    if (to_base) {
        plan.upgrade = false;
        for (std::size_t h : start->heads)
            if (std::ranges::any_of(base_branches,
                                    [&](auto b) { return !b || graph.is_ancestor(h, *b) || graph.is_ancestor(*b, h); }))
                add_stamp(graph, plan, h, false, rows.stamp_delete(h));
    } else {
        plan.upgrade = !std::ranges::any_of(destinations, [&](std::size_t d) {
            return std::ranges::any_of(start->heads, [&](std::size_t h) { return h != d && graph.is_ancestor(d, h); });
        });
        for (std::size_t d : destinations) {
            add_stamp(graph, plan, d, true, rows.stamp_to(d));
        }
    }
    if (plan.stamps.empty()) {
        diags.error(
            DiagKind::Stamp, std::nullopt,
            fmt::format("nothing to stamp: the version table already matches '{}' ({})", fmt::join(targets, " "),
                        start->heads.empty() ? std::string("empty") : ids(graph, start->heads)));
        return std::nullopt;
    }
    plan.end = graph.id_list(rows.heads());
    return plan;
}

}  // namespace migc
