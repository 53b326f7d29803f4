// Target resolution for the revision graph (SPEC 3): ids and prefixes,
// labels, `head`/`heads`/`base`, relative walks, and the starts of ranges.
// Reports what the user can type instead when a target does not resolve.
#include <algorithm>
#include <set>
#include <stdexcept>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "compiler/revision_graph.hpp"
#include "compiler/target_parser.hpp"

namespace migc {
// ---------------------------------------------------------------------------
// Names and targets. These errors are about the command line: no location.

std::string RevisionGraph::name_of(std::size_t rev) const {
    return rev == kBase ? std::string("base") : revisions_[rev].id;
}

// An id, a branch label (the revision that declares it) or a unique id prefix
// (of any length, where Alembic wants four characters). Ids and labels never
// clash (validation), so the order of the tests does not matter. Returns
// nullopt when nothing matched, or, with `reported` set, when the prefix is
// ambiguous and that error is in `diags`.
std::optional<std::size_t> RevisionGraph::match_name(std::string_view name, std::string_view target, bool& reported,
                                                     Diagnostics& diags) const {
    reported = false;
    if (auto it = by_id_.find(name); it != by_id_.end()) return it->second;
    if (auto it = by_label_.find(name); it != by_label_.end()) return it->second;
    std::vector<std::size_t> candidates;
    for (const auto& [id, rev] : by_id_)
        if (id.starts_with(name)) candidates.push_back(rev);
    sort_by_id(candidates);
    if (candidates.size() == 1) return candidates.front();
    if (candidates.size() > 1) {
        std::string in = name == target ? std::string() : fmt::format(" (in '{}')", target);
        diags.error(DiagKind::AmbiguousRevision, std::nullopt, fmt::format("ambiguous revision '{}'{}: {}", name, in, ids(candidates)));
        reported = true;
    }
    return std::nullopt;
}

std::optional<std::size_t> RevisionGraph::lookup(std::string_view name, std::string_view target,
                                                 Diagnostics& diags) const {
    bool reported = false;
    if (auto rev = match_name(name, target, reported, diags); rev || reported) return rev;
    std::string in = name == target ? std::string() : fmt::format(" (in '{}')", target);
    Diagnostic& d = diags.error(DiagKind::UnknownRevision, std::nullopt, fmt::format("no revision or branch label '{}'{}", name, in));
    std::vector<std::string> names;
    for (std::size_t rev : sorted_ids()) names.push_back(revisions_[rev].id);
    for (const auto& [label, rev] : by_label_) names.push_back(label);
    if (auto close = closest_match(name, names)) {
        auto it = by_id_.find(*close);
        std::size_t rev = it != by_id_.end() ? it->second : by_label_.at(*close);
        d.notes.push_back({revisions_[rev].id_where, fmt::format("did you mean '{}'?", *close)});
    }
    return std::nullopt;
}

// The part before '@': a branch label, or (as in Alembic) a revision standing for its branch.
std::optional<std::size_t> RevisionGraph::lookup_branch(std::string_view label, std::string_view target,
                                                        Diagnostics& diags) const {
    bool reported = false;
    if (auto rev = match_name(label, target, reported, diags); rev || reported) return rev;
    Diagnostic& d = diags.error(DiagKind::UnknownRevision, std::nullopt, fmt::format("unknown branch label '{}' in '{}'", label, target));
    std::vector<std::string> labels;
    for (const auto& [name, rev] : by_label_) labels.push_back(name);
    if (auto close = closest_match(label, labels))
        d.notes.push_back({revisions_[by_label_.at(*close)].id_where, fmt::format("did you mean '{}'?", *close)});
    else if (labels.empty())
        d.notes.push_back({std::nullopt, "no revision declares a branch label"});
    else
        d.notes.push_back({std::nullopt, fmt::format("branch labels: {}", capped_list(labels))});
    return std::nullopt;
}

void RevisionGraph::multiple_heads(std::string_view argument, const std::vector<std::size_t>& heads,
                                   Diagnostics& diags) const {
    Diagnostic& d = diags.error(DiagKind::AmbiguousRevision, std::nullopt, fmt::format("Multiple head revisions are present for '{}': {}; give "
                                                          "label@head, a revision, or heads",
                                                          argument, ids(heads)));
    std::vector<std::string> targets;
    std::vector<std::size_t> all_heads = head_indices();
    for (const auto& [label, rev] : by_label_) {
        std::vector<std::size_t> on_branch;
        for (std::size_t h : all_heads)
            if (shares_lineage(h, rev, false)) on_branch.push_back(h);
        if (on_branch.size() == 1 &&
            std::find(heads.begin(), heads.end(), on_branch.front()) != heads.end())
            targets.push_back(fmt::format("{}@head ({})", label, revisions_[on_branch.front()].id));
    }
    if (targets.empty())
        d.notes.push_back({std::nullopt, "no branch label names just one of these heads"});
    else
        d.notes.push_back({std::nullopt, fmt::format("targets for one head: {}", capped_list(targets))});
}

std::optional<std::size_t> RevisionGraph::current_head(std::optional<std::size_t> branch, std::string_view argument,
                                                       Diagnostics& diags) const {
    std::vector<std::size_t> heads;
    for (std::size_t h : head_indices())
        if (!branch || shares_lineage(h, *branch, false)) heads.push_back(h);
    if (heads.size() == 1) return heads.front();
    if (heads.empty())
        diags.error(DiagKind::UnknownRevision, std::nullopt, fmt::format("'{}' names no revision: there are no revisions", argument));
    else
        multiple_heads(argument, heads, diags);
    return std::nullopt;
}

// The symbol of an absolute target (its relative part is the caller's).
// `label@rev` asks that rev share the label's line: through revises only, as
// Alembic checks it, or also through depends_on for a downgrade target (which
// Alembic does not check at all).
std::optional<std::size_t> RevisionGraph::resolve_single(const TargetSpec& spec, std::optional<std::size_t> branch,
                                                         std::string_view target, Diagnostics& diags,
                                                         bool lineage_through_dependencies) const {
    switch (spec.symbol) {
    case TargetSpec::Symbol::Current:
        throw std::logic_error("resolve_single on a relative target");
    case TargetSpec::Symbol::Base:
        return kBase;
    case TargetSpec::Symbol::Head:
        return current_head(branch, spec.branch.empty() ? std::string("head") : spec.branch + "@head", diags);
    case TargetSpec::Symbol::Heads: {
        std::vector<std::size_t> heads = branch_heads(branch);
        if (heads.size() == 1) return heads.front();
        diags.error(DiagKind::AmbiguousRevision, std::nullopt, fmt::format("'{}' names {} revisions ({}) where one is needed; give label@head or "
                                              "a revision",
                                              target, heads.size(), ids(heads)));
        return std::nullopt;
    }
    case TargetSpec::Symbol::Revision:
        break;
    }
    auto rev = lookup(spec.revision, target, diags);
    if (!rev) return std::nullopt;
    if (branch && !shares_lineage(*rev, *branch, lineage_through_dependencies)) {
        Diagnostic& d = diags.error(DiagKind::UnknownRevision, std::nullopt, fmt::format("revision '{}' is not on branch '{}' (in '{}')",
                                                              revisions_[*rev].id, spec.branch, target));
        d.notes.push_back({revisions_[*rev].id_where, fmt::format("'{}' is defined here", revisions_[*rev].id)});
        d.notes.push_back({revisions_[*branch].id_where,
                           fmt::format("branch '{}' runs through revision '{}'", spec.branch, revisions_[*branch].id)});
        return std::nullopt;
    }
    return rev;
}

// `heads`: every head counting dependents (Alembic's _real_heads); `label@heads`:
// the heads (by revises) on that branch.
std::vector<std::size_t> RevisionGraph::branch_heads(std::optional<std::size_t> branch) const {
    if (!branch) return real_heads();
    std::vector<std::size_t> out;
    for (std::size_t h : head_indices())
        if (shares_lineage(h, *branch, false)) out.push_back(h);
    return out;
}

// Alembic's _walk: up through children (kept to `branch` when given), down
// through parents; ambiguity and overshooting are errors that say where.
std::optional<std::size_t> RevisionGraph::walk(std::size_t from, int steps, std::optional<std::size_t> branch,
                                               std::string_view target, Diagnostics& diags) const {
    std::size_t current = from;
    const int count = steps < 0 ? -steps : steps;
    for (int k = 0; k < count; ++k) {
        if (steps > 0) {
            std::vector<std::size_t> next = current == kBase ? base_indices() : nodes_[current].children;
            if (branch)
                std::erase_if(next, [&](std::size_t c) { return !shares_lineage(c, *branch, false); });
            if (next.empty()) {
                diags.error(DiagKind::Range, std::nullopt, fmt::format("'{}' overshoots: walking up from {} stops at {} after {} "
                                                      "step(s)",
                                                      target, name_of(from), name_of(current), k));
                return std::nullopt;
            }
            if (next.size() > 1) {
                if (current == kBase)
                    diags.error(DiagKind::AmbiguousRevision, std::nullopt, fmt::format("'{}' is ambiguous: there are several bases ({}); give "
                                                          "label@base+N or a revision",
                                                          target, ids(next)));
                else
                    diags.error(DiagKind::AmbiguousRevision, std::nullopt, fmt::format("'{}' crosses branch point '{}' (children {}); give "
                                                          "label@+N or a revision",
                                                          target, name_of(current), ids(next)));
                return std::nullopt;
            }
            current = next.front();
        } else {
            if (current == kBase) {
                diags.error(DiagKind::Range, std::nullopt, fmt::format("'{}' overshoots: walking down from {} reaches base after {} "
                                                      "step(s)",
                                                      target, name_of(from), k));
                return std::nullopt;
            }
            const auto& parents = nodes_[current].parents;
            if (parents.size() > 1) {
                diags.error(DiagKind::AmbiguousRevision, std::nullopt, fmt::format("'{}' crosses merge point '{}' (parents {}); give a revision",
                                                      target, name_of(current), ids(parents)));
                return std::nullopt;
            }
            current = parents.empty() ? kBase : parents.front();
        }
    }
    return current;
}

// Where `+N` / `-N` / `label@+N` / `label@-N` start from: the one start head
// they concern (Alembic's _parse_upgrade_target / _parse_downgrade_target).
std::optional<std::size_t> RevisionGraph::relative_start(const Start& start, std::optional<std::size_t> branch,
                                                         bool upward, std::string_view target,
                                                         Diagnostics& diags) const {
    std::vector<std::size_t> heads = start.heads;
    if (branch) {
        std::erase_if(heads, [&](std::size_t h) { return !shares_lineage(h, *branch, false); });
        if (heads.empty()) {
            // The branch has no start head: its tip among what the start has applied.
            std::vector<bool> active(revisions_.size(), false);
            for (std::size_t h : start.heads)
                for (std::size_t x = 0; x < revisions_.size(); ++x)
                    if (ancestors_.reaches(x, h) && shares_lineage(x, *branch, false)) active[x] = true;
            for (std::size_t x = 0; x < revisions_.size(); ++x) {
                if (!active[x]) continue;
                bool below_another = false;
                for (std::size_t y = 0; y < revisions_.size(); ++y)
                    if (y != x && active[y] &&
                        (upward ? std::ranges::count(nodes_[y].walk_down_or_parents(), x) > 0 : parent_ancestors_.reaches(x, y)))
                        below_another = true;
                if (!below_another) heads.push_back(x);
            }
        }
    } else if (!upward && start.heads.empty()) {
        diags.error(DiagKind::Range, std::nullopt, fmt::format("'{}' counts down from the start, but the start is base", target));
        return std::nullopt;
    }
    if (heads.empty()) {
        if (upward) return kBase;
        diags.error(DiagKind::Range, std::nullopt, fmt::format("'{}': no start head is on that branch", target));
        return std::nullopt;
    }
    if (heads.size() > 1) {
        diags.error(DiagKind::AmbiguousRevision, std::nullopt, fmt::format("'{}' is ambiguous: the start has several heads ({}); give label@{}N or "
                                              "REV{}N",
                                              target, ids(heads), upward ? '+' : '-', upward ? '+' : '-'));
        return std::nullopt;
    }
    return heads.front();
}

std::optional<TargetSpec> RevisionGraph::parse(std::string_view target, std::optional<std::size_t>& branch,
                                               Diagnostics& diags) const {
    std::string error;
    auto spec = parse_target(target, error);
    if (!spec) {
        diags.error(DiagKind::Usage, std::nullopt, error);
        return std::nullopt;
    }
    branch.reset();
    if (!spec->branch.empty()) {
        branch = lookup_branch(spec->branch, target, diags);
        if (!branch) return std::nullopt;
    }
    return spec;
}

std::optional<RevisionGraph::Start> RevisionGraph::parse_start(std::string_view text, Diagnostics& diags) const {
    Start start;
    if (text.empty()) return start;
    bool ok = true;
    std::vector<bool> listed(revisions_.size(), false);
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t comma = std::min(text.find(',', begin), text.size());
        std::string_view part = text.substr(begin, comma - begin);
        begin = comma + 1;
        if (part.empty()) {
            diags.error(DiagKind::Usage, std::nullopt, fmt::format("the start '{}' has an empty element; give heads as 'c3,d4'", text));
            ok = false;
            continue;
        }
        std::optional<std::size_t> branch;
        auto spec = parse(part, branch, diags);
        if (!spec) {
            ok = false;
            continue;
        }
        if (spec->symbol == TargetSpec::Symbol::Current) {
            diags.error(DiagKind::Usage, std::nullopt, fmt::format("'{}' is relative, but a start must name revisions (e.g. 'c3,d4' "
                                                  "or 'head')",
                                                  part));
            ok = false;
            continue;
        }
        std::vector<std::size_t> found;
        if (spec->symbol == TargetSpec::Symbol::Heads) {
            found = branch_heads(branch);
        } else {
            auto rev = resolve_single(*spec, branch, part, diags);
            if (rev && spec->relative != 0) rev = walk(*rev, spec->relative, branch, part, diags);
            if (!rev) {
                ok = false;
                continue;
            }
            if (*rev != kBase) found.push_back(*rev);
        }
        for (std::size_t r : found)
            if (!listed[r]) listed[r] = true, start.heads.push_back(r);
    }
    if (!ok) return std::nullopt;
    // Alembic's check=True: no start head may be an ancestor of another. One
    // walk below all of them says whether any is; only then are pairs named
    // (asking every pair was quadratic in the heads: `heads:base`).
    std::vector<std::size_t> below;
    for (std::size_t h : start.heads) {
        below.insert(below.end(), nodes_[h].parents.begin(), nodes_[h].parents.end());
        below.insert(below.end(), nodes_[h].depends_on.begin(), nodes_[h].depends_on.end());
    }
    std::vector<bool> under_a_head = with_ancestors(below);
    if (std::ranges::none_of(start.heads, [&](std::size_t h) { return under_a_head[h]; })) return start;
    for (std::size_t a : start.heads)
        for (std::size_t b : start.heads)
            if (a != b && ancestors_.reaches(a, b)) {
                diags.error(DiagKind::Range, std::nullopt, fmt::format("the start lists '{}' and '{}', but '{}' is an ancestor of "
                                                      "'{}': list only '{}'",
                                                      revisions_[a].id, revisions_[b].id, revisions_[a].id,
                                                      revisions_[b].id, revisions_[b].id));
                ok = false;
            }
    if (!ok) return std::nullopt;
    return start;
}

std::optional<std::vector<std::size_t>> RevisionGraph::upgrade_targets(const Start& start, std::string_view target,
                                                                       Diagnostics& diags) const {
    std::optional<std::size_t> branch;
    auto spec = parse(target, branch, diags);
    if (!spec) return std::nullopt;
    const bool current = spec->symbol == TargetSpec::Symbol::Current;
    if (spec->relative < 0 && current) {
        diags.error(DiagKind::Range, std::nullopt, fmt::format("'{}' counts down from the start, but an upgrade goes up: give +N, a "
                                              "revision or head, or use downgrade",
                                              target));
        return std::nullopt;
    }
    if (spec->relative != 0) {
        auto from = current ? relative_start(start, branch, true, target, diags)
                            : resolve_single(*spec, branch, target, diags);
        if (!from) return std::nullopt;
        // Walking down, the label only chose the starting point (as in Alembic).
        auto to = walk(*from, spec->relative, spec->relative > 0 ? branch : std::nullopt, target, diags);
        if (!to) return std::nullopt;
        return *to == kBase ? std::vector<std::size_t>{} : std::vector<std::size_t>{*to};
    }
    if (spec->symbol == TargetSpec::Symbol::Heads) return branch_heads(branch);
    if (spec->symbol == TargetSpec::Symbol::Base) return std::vector<std::size_t>{};
    auto rev = resolve_single(*spec, branch, target, diags);
    if (!rev) return std::nullopt;
    return std::vector<std::size_t>{*rev};
}

std::optional<RevisionGraph::DowngradeTarget> RevisionGraph::downgrade_target(const Start& start,
                                                                              std::string_view target,
                                                                              Diagnostics& diags) const {
    std::optional<std::size_t> branch;
    auto spec = parse(target, branch, diags);
    if (!spec) return std::nullopt;
    const bool current = spec->symbol == TargetSpec::Symbol::Current;
    if (spec->relative > 0 && current) {
        diags.error(DiagKind::Range, std::nullopt, fmt::format("'{}' goes up from the start, but a downgrade goes down: give -N, a "
                                              "revision or base, or use upgrade",
                                              target));
        return std::nullopt;
    }
    DowngradeTarget result;
    result.branch = branch;
    std::optional<std::size_t> rev;
    if (spec->relative < 0 && current) {
        rev = relative_start(start, branch, false, target, diags);
        if (!rev) return std::nullopt;
        if (!branch) result.branch = *rev;  // `-N` keeps to the branch of the head it starts from
    } else {
        rev = resolve_single(*spec, branch, target, diags, true);
    }
    if (rev && spec->relative != 0) rev = walk(*rev, spec->relative, spec->relative > 0 ? branch : std::nullopt,
                                               target, diags);
    if (!rev) return std::nullopt;
    result.revision = *rev;
    return result;
}

std::optional<RevisionGraph::StampTarget> RevisionGraph::stamp_target(const Start& start, std::string_view target,
                                                                      Diagnostics& diags) const {
    std::optional<std::size_t> branch;
    auto spec = parse(target, branch, diags);
    if (!spec) return std::nullopt;
    StampTarget result;
    if (spec->symbol == TargetSpec::Symbol::Current && spec->relative < 0) {
        auto to = downgrade_target(start, target, diags);
        if (!to) return std::nullopt;
        branch = to->branch;
        if (to->revision != kBase) result.revisions.push_back(to->revision);
    } else {
        auto up = upgrade_targets(start, target, diags);
        if (!up) return std::nullopt;
        result.revisions = std::move(*up);
    }
    result.branch = branch;
    return result;
}

std::optional<std::vector<std::size_t>> RevisionGraph::resolve(std::string_view target, Diagnostics& diags) const {
    return upgrade_targets(Start{}, target, diags);
}

}  // namespace migc
