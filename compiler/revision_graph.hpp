// The revision graph with Alembic's semantics (SPEC 3): validation, lookup,
// target resolution, ancestry and the topological order. Knows nothing of
// plans, SQL or dialects: Alembic's walk (compiler/plan/walk.hpp) makes the
// Plan from it.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/diagnostics.hpp"
#include "compiler/reachability.hpp"
#include "compiler/target_parser.hpp"

namespace migc {

// How many members of a list (heads, candidates, a cycle's links) a
// diagnostic names before "... and N more".
inline constexpr std::size_t kListedInDiagnostics = 10;
std::string capped_list(const std::vector<std::string>& items);

// One revision's header, as the graph needs it. Locations point into the file
// so that every graph error can name the file(s) involved.
struct RevisionHeader {
    std::string id;
    Location id_where;
    std::vector<std::string> parents;     // `revises`, in the order written; empty = base
    std::vector<Location> parents_where;
    std::vector<std::string> depends_on;  // as written
    std::vector<Location> depends_on_where;
    std::vector<std::string> labels;      // the file's own branch labels
    std::vector<Location> labels_where;
    std::string message;
};

class RevisionGraph {
public:
    // `headers` come in sorted file-path order, which is the tie-break order of
    // the walk. Reports every validation problem at once; nullopt if any.
    static std::optional<RevisionGraph> build(std::vector<RevisionHeader> headers, Diagnostics& diags);

    const std::vector<RevisionHeader>& revisions() const { return revisions_; }
    std::optional<std::size_t> find(std::string_view id) const;

    // `heads` and everything below them, in the order an upgrade from base applies them.
    std::vector<std::size_t> upgrade_order(const std::vector<std::size_t>& heads) const;

    std::vector<std::string> heads() const;  // in file path order
    std::vector<std::string> bases() const;

    // For history / heads / branches / show (additions to the first contract):
    // a target resolved without a start (relative forms walk from base).
    std::optional<std::vector<std::size_t>> resolve(std::string_view target, Diagnostics& diags) const;
    // The branch labels a revision carries, its own and inherited (Alembic's
    // `_add_branches`), sorted.
    const std::vector<std::string>& branch_labels(std::size_t rev) const { return nodes_[rev].branch_labels; }
    // What a step of `rev` moves from: its parents, then its normalized depends_on.
    const std::vector<std::size_t>& down_revisions(std::size_t rev) const { return nodes_[rev].down_or_parents(); }
    const std::vector<std::size_t>& children(std::size_t rev) const { return nodes_[rev].children; }
    // Through revises and depends_on; a revision is its own ancestor.
    bool is_ancestor(std::size_t ancestor, std::size_t rev) const { return ancestors_.reaches(ancestor, rev); }
    // Through revises only: the line a branch follows, as Alembic draws it.
    bool is_parent_ancestor(std::size_t ancestor, std::size_t rev) const {
        return parent_ancestors_.reaches(ancestor, rev);
    }

    // What Alembic's walk (the plan layer) builds on: the start and targets of
    // a range resolved, closures and the order.

    // Where a target resolves to one revision or base, kBase stands for base.
    static constexpr std::size_t kBase = static_cast<std::size_t>(-1);
    // The current heads a range starts from; none for base.
    struct Start {
        std::vector<std::size_t> heads;
    };
    struct DowngradeTarget {
        std::size_t revision = kBase;
        std::optional<std::size_t> branch;  // limits the downgrade to this revision's branch
    };
    // No revisions is base: the rows to delete, only those on `branch` when given.
    struct StampTarget {
        std::vector<std::size_t> revisions;
        std::optional<std::size_t> branch;
    };
    // `start` is "" for base or a comma list of targets (`c3,d4`), no head an
    // ancestor of another. Errors are about the command line: no location.
    std::optional<Start> parse_start(std::string_view start, Diagnostics& diags) const;
    // What an upgrade to `target` reaches (empty for base); relative forms count from `start`.
    std::optional<std::vector<std::size_t>> upgrade_targets(const Start& start, std::string_view target,
                                                            Diagnostics& diags) const;
    std::optional<DowngradeTarget> downgrade_target(const Start& start, std::string_view target,
                                                    Diagnostics& diags) const;
    // `-N` counts down from the start, as a downgrade does; any other form resolves as an upgrade target.
    std::optional<StampTarget> stamp_target(const Start& start, std::string_view target, Diagnostics& diags) const;

    std::vector<std::size_t> base_indices() const;
    std::vector<std::string> id_list(const std::vector<std::size_t>& revs) const;
    std::string name_of(std::size_t rev) const;  // an id, or "base"
    // `revs` and all their ancestors (through revises and depends_on), or descendants.
    std::vector<bool> with_ancestors(const std::vector<std::size_t>& revs) const;
    std::vector<bool> with_descendants(const std::vector<std::size_t>& revs) const;
    // Alembic's topological sort of `todo` (convex: whatever lies between two of
    // its revisions is in it), walking down from `heads`: children first.
    std::vector<std::size_t> topological_walk(std::vector<bool> todo, const std::vector<std::size_t>& heads) const;

private:
    struct Node {
        std::vector<std::size_t> parents;       // revises
        std::vector<std::size_t> depends_on;    // resolved, deduplicated, not normalized
        // Both only when there are dependencies; else they are `parents`, and
        // a history without depends_on keeps no copy of every parent list.
        std::vector<std::size_t> down;          // parents + normalized depends_on (SPEC 3)
        std::vector<std::size_t> walk_down;     // parents + depends_on as Alembic normalizes them: the walk's order
        const std::vector<std::size_t>& down_or_parents() const { return depends_on.empty() ? parents : down; }
        const std::vector<std::size_t>& walk_down_or_parents() const { return depends_on.empty() ? parents : walk_down; }
        std::vector<std::size_t> children;      // revisions that revise this one
        // ... or depend on it: only when one does; else it is `children`.
        std::vector<std::size_t> all_children;
        const std::vector<std::size_t>& all_children_or_children() const {
            return all_children.empty() ? children : all_children;
        }
        std::vector<std::string> branch_labels;
    };

    bool validate(Diagnostics& diags);
    void link();
    void normalize_depends_on();
    void warn_redundant_parents(Diagnostics& diags) const;
    void inherit_branch_labels();

    bool shares_lineage(std::size_t a, std::size_t b, bool with_dependencies) const;
    std::vector<std::size_t> real_heads() const;
    std::vector<std::size_t> head_indices() const;
    std::string ids(const std::vector<std::size_t>& revs) const;
    std::vector<std::size_t> sorted_ids() const;  // every revision once, by id: for suggestions
    void sort_by_id(std::vector<std::size_t>& revs) const;

    std::optional<std::size_t> match_name(std::string_view name, std::string_view target, bool& reported,
                                          Diagnostics& diags) const;
    std::vector<std::size_t> branch_heads(std::optional<std::size_t> branch) const;
    std::optional<std::size_t> lookup(std::string_view name, std::string_view target, Diagnostics& diags) const;
    std::optional<std::size_t> lookup_branch(std::string_view label, std::string_view target,
                                             Diagnostics& diags) const;
    void multiple_heads(std::string_view argument, const std::vector<std::size_t>& heads, Diagnostics& diags) const;
    std::optional<std::size_t> current_head(std::optional<std::size_t> branch, std::string_view argument,
                                            Diagnostics& diags) const;
    std::optional<TargetSpec> parse(std::string_view target, std::optional<std::size_t>& branch,
                                    Diagnostics& diags) const;
    std::optional<std::size_t> resolve_single(const TargetSpec& spec, std::optional<std::size_t> branch,
                                              std::string_view target, Diagnostics& diags,
                                              bool lineage_through_dependencies = false) const;
    std::optional<std::size_t> walk(std::size_t from, int steps, std::optional<std::size_t> branch,
                                    std::string_view target, Diagnostics& diags) const;
    std::optional<std::size_t> relative_start(const Start& start, std::optional<std::size_t> branch,
                                              bool upward, std::string_view target, Diagnostics& diags) const;

    template <typename Next>
    std::vector<bool> closure(const std::vector<std::size_t>& revs, Next next) const;

    std::vector<RevisionHeader> revisions_;
    std::vector<Node> nodes_;
    // Hashed: the graph looks every parent up by id. Where an order matters
    // (prefixes, suggestions), sort_by_id() puts what was found in it.
    struct IdHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>> by_id_;
    std::map<std::string, std::size_t, std::less<>> by_label_;  // a label names the revision that declares it
    Reachability ancestors_;         // through revises and depends_on
    Reachability parent_ancestors_;  // through revises only
};

}  // namespace migc
