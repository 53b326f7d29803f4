// The revision graph: validation, ancestry, labels, depends_on normalization
// and the topological walk (target resolution: revision_targets.cpp). Indices into
// revisions_ (sorted path order) are the only order used; nothing here may
// iterate an unordered container or compare pointers.
#include "compiler/revision_graph.hpp"

#include <algorithm>
#include <set>
#include <span>
#include <stdexcept>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "compiler/ascii.hpp"

namespace migc {

namespace {

constexpr std::size_t kMaxIdLength = 32;  // the width of the version column

std::optional<Location> location_at(const std::vector<Location>& where, std::size_t i) {
    if (i < where.size()) return where[i];
    return std::nullopt;
}

// Target keywords, and `none`, which `revises none` reads as "no parent".
bool is_reserved(std::string_view name) {
    auto is_none = name.size() == 4 && std::equal(name.begin(), name.end(), "none", [](char a, char b) {
        return to_lower(a) == b;
    });
    return name == "head" || name == "heads" || name == "base" || is_none;
}

// An id or label's characters: letters, digits, '_' (SPEC 3). Returns what is
// wrong, or an empty string.
std::string check_name(std::string_view kind, std::string_view name, bool limit_length) {
    if (name.empty()) return fmt::format("empty {}", kind);
    std::string bad;
    for (char c : name) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok && bad.find(c) == std::string::npos) bad += c;
    }
    if (!bad.empty()) {
        std::string list;
        for (char c : bad) list += fmt::format("{}'{}'", list.empty() ? "" : ", ", c);
        return fmt::format("{} '{}' contains {}: it may hold only letters, digits and '_' ('@ - + :' would be "
                           "read as target syntax)",
                           kind, name, list);
    }
    if (limit_length && name.size() > kMaxIdLength)
        return fmt::format("{} '{}' is {} characters long; the version table holds at most {}", kind, name,
                           name.size(), kMaxIdLength);
    if (is_reserved(name))
        return fmt::format("{} '{}' is reserved: {}", kind, name,
                           name.size() == 4 && to_lower(name[0]) == 'n'
                               ? "`revises none` means no parent"
                               : fmt::format("'{}' is a target keyword", name));
    return {};
}

}  // namespace

std::optional<std::size_t> RevisionGraph::find(std::string_view id) const {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) return std::nullopt;
    return it->second;
}

void RevisionGraph::sort_by_id(std::vector<std::size_t>& revs) const {
    std::sort(revs.begin(), revs.end(), [&](std::size_t a, std::size_t b) { return revisions_[a].id < revisions_[b].id; });
}

std::vector<std::size_t> RevisionGraph::sorted_ids() const {
    std::vector<std::size_t> revs;
    revs.reserve(by_id_.size());
    for (const auto& entry : by_id_) revs.push_back(entry.second);
    sort_by_id(revs);
    return revs;
}

std::optional<RevisionGraph> RevisionGraph::build(std::vector<RevisionHeader> headers, Diagnostics& diags) {
    RevisionGraph graph;
    graph.revisions_ = std::move(headers);
    if (!graph.validate(diags)) return std::nullopt;
    graph.link();
    graph.warn_redundant_parents(diags);
    graph.normalize_depends_on();
    graph.inherit_branch_labels();
    return graph;
}

// ---------------------------------------------------------------------------
// Validation: every problem is reported, then the build fails if there was one.

bool RevisionGraph::validate(Diagnostics& diags) {
    bool ok = true;
    const std::size_t n = revisions_.size();
    nodes_.assign(n, Node{});
    by_id_.reserve(n);
    std::vector<bool> duplicate(n, false);  // a second definition of an id

    for (std::size_t i = 0; i < n; ++i) {
        const RevisionHeader& r = revisions_[i];
        if (auto problem = check_name("revision id", r.id, true); !problem.empty()) {
            diags.error(DiagKind::RevisionId, r.id_where, problem);
            ok = false;
        }
        auto [it, inserted] = by_id_.emplace(r.id, i);
        if (!inserted) {
            duplicate[i] = true;
            diags.error(DiagKind::RevisionId, r.id_where, fmt::format("duplicate revision id '{}'", r.id))
                .notes.push_back({revisions_[it->second].id_where, fmt::format("'{}' is first defined here", r.id)});
            ok = false;
        }
    }

    // Labels share the id namespace.
    for (std::size_t i = 0; i < n; ++i) {
        const RevisionHeader& r = revisions_[i];
        for (std::size_t j = 0; j < r.labels.size(); ++j) {
            const std::string& label = r.labels[j];
            auto where = location_at(r.labels_where, j);
            if (auto problem = check_name("branch label", label, false); !problem.empty()) {
                diags.error(DiagKind::RevisionId, where, problem);
                ok = false;
                continue;
            }
            if (auto id = by_id_.find(label); id != by_id_.end()) {
                diags.error(DiagKind::RevisionId, where, fmt::format("branch label '{}' is also a revision id", label))
                    .notes.push_back({revisions_[id->second].id_where,
                                      fmt::format("revision '{}' is defined here", label)});
                ok = false;
                continue;
            }
            auto [it, inserted] = by_label_.emplace(label, i);
            if (!inserted) {
                const RevisionHeader& first = revisions_[it->second];
                std::optional<Location> first_where = first.id_where;
                for (std::size_t k = 0; k < first.labels.size(); ++k)
                    if (first.labels[k] == label && k < first.labels_where.size()) {
                        first_where = first.labels_where[k];
                        break;
                    }
                diags.error(DiagKind::RevisionId, where, fmt::format("duplicate branch label '{}'", label))
                    .notes.push_back({first_where, fmt::format("'{}' is first declared here, by revision '{}'",
                                                               label, first.id)});
                ok = false;
            }
        }
    }

    std::vector<std::string> all_ids;  // for suggestions only: listed when the first one is needed
    auto did_you_mean = [&](Diagnostic& d, const std::string& name) {
        if (all_ids.empty())  // in file order, as closest_match breaks ties by order
            for (std::size_t i = 0; i < n; ++i)
                if (!duplicate[i]) all_ids.push_back(revisions_[i].id);
        if (auto close = closest_match(name, all_ids))
            d.notes.push_back({revisions_[by_id_.at(*close)].id_where, fmt::format("did you mean '{}'?", *close)});
    };

    // Edges, child to parent, with the place that names them: for the cycle report.
    struct Edge {
        std::size_t to;
        bool dependency;
        std::optional<Location> where;
    };
    std::vector<Edge> edge_list;                // grouped by child, in one array
    std::vector<std::size_t> edges_from(n + 1);  // where each child's edges begin
    auto edges = [&](std::size_t v) {
        return std::span<const Edge>(edge_list.data() + edges_from[v], edges_from[v + 1] - edges_from[v]);
    };
    edge_list.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const RevisionHeader& r = revisions_[i];
        edges_from[i] = edge_list.size();
        if (duplicate[i]) continue;  // already reported
        for (std::size_t j = 0; j < r.parents.size(); ++j) {
            const std::string& p = r.parents[j];
            auto where = location_at(r.parents_where, j);
            if (std::find(r.parents.begin(), r.parents.begin() + j, p) != r.parents.begin() + j) {
                diags.error(DiagKind::RevisionId, where, fmt::format("revision '{}' revises '{}' twice", r.id, p));
                ok = false;
                continue;
            }
            auto it = by_id_.find(p);
            if (it == by_id_.end()) {
                Diagnostic& d = diags.error(DiagKind::UnknownRevision, 
                    where, fmt::format("revision '{}' revises '{}', which does not exist", r.id, p));
                did_you_mean(d, p);
                ok = false;
                continue;
            }
            nodes_[i].parents.push_back(it->second);
            edge_list.push_back({it->second, false, where});
        }
        for (std::size_t j = 0; j < r.depends_on.size(); ++j) {
            const std::string& dep = r.depends_on[j];
            auto where = location_at(r.depends_on_where, j);
            std::optional<std::size_t> target;
            if (auto it = by_id_.find(dep); it != by_id_.end())
                target = it->second;
            else if (auto lt = by_label_.find(dep); lt != by_label_.end())
                target = lt->second;  // Alembic resolves a dependency on a branch label to its revision
            if (!target) {
                Diagnostic& d = diags.error(DiagKind::UnknownRevision, 
                    where, fmt::format("revision '{}' depends on '{}', which is neither a revision nor a branch label",
                                       r.id, dep));
                did_you_mean(d, dep);
                ok = false;
                continue;
            }
            auto& deps = nodes_[i].depends_on;
            if (std::find(deps.begin(), deps.end(), *target) == deps.end()) deps.push_back(*target);
            edge_list.push_back({*target, true, where});
        }
    }
    edges_from[n] = edge_list.size();

    // Every cycle: Tarjan's strongly connected components (iterative), then one
    // shortest cycle through the first member of each component, for the message.
    std::vector<std::size_t> index(n, SIZE_MAX), low(n, 0);
    std::vector<bool> on_stack(n, false);
    std::vector<std::size_t> stack;
    std::vector<std::vector<std::size_t>> components;  // the cycles
    std::vector<std::size_t> scc;
    std::size_t counter = 0;
    std::vector<std::pair<std::size_t, std::size_t>> call;  // the walk's (revision, next edge): one for all roots
    for (std::size_t root = 0; root < n; ++root) {
        if (index[root] != SIZE_MAX) continue;
        call.assign(1, {root, 0});
        index[root] = low[root] = counter++;
        stack.push_back(root);
        on_stack[root] = true;
        while (!call.empty()) {
            auto& [v, pos] = call.back();
            if (pos < edges(v).size()) {
                std::size_t w = edges(v)[pos++].to;
                if (index[w] == SIZE_MAX) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    on_stack[w] = true;
                    call.push_back({w, 0});
                } else if (on_stack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            if (low[v] == index[v]) {
                scc.clear();
                std::size_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    on_stack[w] = false;
                    scc.push_back(w);
                } while (w != v);
                // Only cycles are kept: a history has as many components as revisions.
                std::size_t top = v;  // a structured binding: clang will not capture it
                bool self_loop = std::any_of(edges(top).begin(), edges(top).end(), [&](const Edge& e) { return e.to == top; });
                if (scc.size() > 1 || self_loop) {
                    std::sort(scc.begin(), scc.end());
                    components.push_back(scc);
                }
            }
            std::size_t done = v;
            call.pop_back();
            if (!call.empty()) low[call.back().first] = std::min(low[call.back().first], low[done]);
        }
    }
    std::sort(components.begin(), components.end());
    for (const auto& component : components) {
        std::size_t s = component.front();
        ok = false;
        std::vector<bool> inside(n, false);
        for (std::size_t v : component) inside[v] = true;
        // Breadth-first from s back to s; `via[v]` is the edge that reached v.
        std::vector<std::optional<std::pair<std::size_t, std::size_t>>> via(n);
        std::vector<std::size_t> queue{s};
        bool closed = false;
        std::pair<std::size_t, std::size_t> closing{};
        for (std::size_t q = 0; q < queue.size() && !closed; ++q) {
            std::size_t v = queue[q];
            for (std::size_t k = 0; k < edges(v).size(); ++k) {
                std::size_t w = edges(v)[k].to;
                if (!inside[w]) continue;
                if (w == s) {
                    closed = true;
                    closing = {v, k};
                    break;
                }
                if (!via[w] && w != s) {
                    via[w] = std::pair{v, k};
                    queue.push_back(w);
                }
            }
        }
        std::vector<std::pair<std::size_t, std::size_t>> path{closing};  // (from, edge index), backwards
        for (std::size_t v = closing.first; v != s; v = via[v]->first) path.push_back(*via[v]);
        std::reverse(path.begin(), path.end());

        // A cycle through a whole generated history would make a line of
        // megabytes: its first links are enough to find it.
        std::string chain;
        std::vector<bool> on_path(n, false);
        for (std::size_t p = 0; p < path.size(); ++p) {
            const auto& [from, k] = path[p];
            const Edge& e = edges(from)[k];
            on_path[from] = true;
            if (p < kListedInDiagnostics)
                chain += fmt::format("{}'{}' {} '{}'", chain.empty() ? "" : ", ", revisions_[from].id,
                                     e.dependency ? "depends on" : "revises", revisions_[e.to].id);
        }
        if (path.size() > kListedInDiagnostics)
            chain += fmt::format(", ... and {} more links back to '{}'", path.size() - kListedInDiagnostics,
                                 revisions_[s].id);
        std::vector<std::size_t> others;
        for (std::size_t v : component)
            if (!on_path[v]) others.push_back(v);
        std::string message = fmt::format("revision cycle: {}", chain);
        if (!others.empty())
            message += fmt::format(" (also caught in cycles with these: {})", ids(others));
        const Edge& first = edges(path.front().first)[path.front().second];
        Diagnostic& d = diags.error(DiagKind::GraphCycle, first.where ? first.where : revisions_[path.front().first].id_where, message);
        for (std::size_t p = 1; p < std::min(path.size(), kListedInDiagnostics); ++p) {
            const auto& [from, k] = path[p];
            const Edge& e = edges(from)[k];
            d.notes.push_back({e.where ? e.where : revisions_[from].id_where,
                               fmt::format("'{}' {} '{}' here", revisions_[from].id,
                                           e.dependency ? "depends on" : "revises", revisions_[e.to].id)});
        }
    }
    return ok;
}

// ---------------------------------------------------------------------------
// Structure, once the graph is known to be a valid DAG.

void RevisionGraph::link() {
    const std::size_t n = revisions_.size();
    // Through revises only, and through revises and depends_on (a dependency
    // that is also a parent counted once): the ancestry indexes' input.
    NodeLists parents, all;
    parents.reserve(n, n);
    all.reserve(n, n);
    // all_children is kept only for a revision something depends on (else
    // it is `children`): a history without depends_on keeps no second list.
    std::vector<bool> depended(n, false);
    std::vector<std::size_t> down;
    for (std::size_t i = 0; i < n; ++i) {
        const Node& node = nodes_[i];
        down.assign(node.parents.begin(), node.parents.end());
        for (std::size_t d : node.depends_on)
            if (std::find(down.begin(), down.end(), d) == down.end()) down.push_back(d);
        for (std::size_t k = node.parents.size(); k < down.size(); ++k) depended[down[k]] = true;
        parents.add(node.parents);
        all.add(down);
    }
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t p : nodes_[i].parents) nodes_[p].children.push_back(i);
        for (std::size_t d : all[i])
            if (depended[d]) nodes_[d].all_children.push_back(i);
    }
    // Ancestor closures in a topological order (parents before children):
    // a revision is ready once each of its down revisions (all) is placed.
    std::vector<std::size_t> pending(n, 0), order;
    for (std::size_t i = 0; i < n; ++i) pending[i] = all[i].size();
    for (std::size_t i = 0; i < n; ++i)
        if (pending[i] == 0) order.push_back(i);
    for (std::size_t q = 0; q < order.size(); ++q)
        for (std::size_t c : nodes_[order[q]].all_children_or_children())
            if (--pending[c] == 0) order.push_back(c);
    if (order.size() != n) throw std::logic_error("revision graph has a cycle after validation");

    ancestors_ = Reachability(all, order);
    parent_ancestors_ = Reachability(parents, order);  // parents come before children in `order` too
}

// A parent that is already an ancestor of another parent or dependency adds no
// ordering and would make Alembic delete a version row that is not there.
void RevisionGraph::warn_redundant_parents(Diagnostics& diags) const {
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        const Node& node = nodes_[i];
        if (node.parents.size() + node.depends_on.size() < 2) continue;  // nothing to be redundant with
        for (std::size_t j = 0; j < node.parents.size(); ++j) {
            std::size_t p = node.parents[j];
            std::vector<std::size_t> others = node.parents;
            others.insert(others.end(), node.depends_on.begin(), node.depends_on.end());
            for (std::size_t q : others)
                if (q != p && ancestors_.reaches(p, q)) {
                    diags.warning(DiagKind::RedundantParent, location_at(revisions_[i].parents_where, j),
                                  fmt::format("revision '{}' revises '{}', which '{}' already descends from; the "
                                              "extra parent is redundant",
                                              revisions_[i].id, revisions_[p].id, revisions_[q].id));
                    break;
                }
        }
    }
}

// SPEC 3: a dependency already reached through another parent or dependency is
// dropped. Alembic's _normalize_depends_on drops only the dependencies of
// parent-ancestors, a subset of this; the stronger rule keeps the merge rules
// from deleting a row that is not there.
//
// The topological walk keeps Alembic's own normalization, whose result it
// depends on: a dependency is dropped there only when a revision reached
// through revises already depends on it.
void RevisionGraph::normalize_depends_on() {
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        Node& node = nodes_[i];
        if (node.depends_on.empty()) continue;  // down and walk_down are the parents
        node.walk_down = node.parents;
        for (std::size_t d : node.depends_on) {
            bool implied = std::ranges::count(node.parents, d) > 0;
            // Those that depend on d are d's children: ask only them.
            for (std::size_t x : nodes_[d].all_children_or_children())
                if (x != i && parent_ancestors_.reaches(x, i) && std::ranges::count(nodes_[x].depends_on, d) > 0)
                    implied = true;
            if (!implied) node.walk_down.push_back(d);
        }
        node.down = node.parents;
        for (std::size_t d : node.depends_on) {
            bool implied = std::find(node.parents.begin(), node.parents.end(), d) != node.parents.end();
            for (std::size_t p : node.parents)
                if (ancestors_.reaches(d, p)) implied = true;
            for (std::size_t e : node.depends_on)
                if (e != d && ancestors_.reaches(d, e)) implied = true;
            if (!implied) node.down.push_back(d);
        }
    }
}

// Alembic's _add_branches: a label applies to its revision and every
// descendant (through revises), and then downward from the last descendant
// visited while the line has no branch point (counting dependents) and no merge.
// Alembic's visiting order comes from a set, but the result does not depend on
// it: with any branch above the label the downward walk stops there. Labels
// spread from one labelled revision to the next, so this runs to a fixed point.
void RevisionGraph::inherit_branch_labels() {
    const std::size_t n = revisions_.size();
    std::vector<std::set<std::string>> labels(n);
    for (std::size_t i = 0; i < n; ++i) labels[i].insert(revisions_[i].labels.begin(), revisions_[i].labels.end());
    bool changed = true;
    auto add = [&](std::size_t rev, const std::set<std::string>& from) {
        for (const auto& l : from) changed |= labels[rev].insert(l).second;
    };
    while (changed) {
        changed = false;
        for (std::size_t r = 0; r < n; ++r) {
            if (revisions_[r].labels.empty()) continue;
            const std::set<std::string> own = labels[r];
            std::vector<bool> seen(n, false);
            std::vector<std::size_t> stack{r};
            std::size_t last = r;
            while (!stack.empty()) {
                std::size_t v = stack.back();
                stack.pop_back();
                if (seen[v]) continue;
                seen[v] = true;
                for (std::size_t c : nodes_[v].children) stack.push_back(c);
                add(v, own);
                last = v;
            }
            for (std::size_t v = last;;) {
                if (nodes_[v].all_children_or_children().size() > 1 || nodes_[v].parents.size() > 1) break;
                add(v, own);
                if (nodes_[v].parents.empty()) break;
                v = nodes_[v].parents.front();
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i) nodes_[i].branch_labels.assign(labels[i].begin(), labels[i].end());
}

// ---------------------------------------------------------------------------
// Small queries.

bool RevisionGraph::shares_lineage(std::size_t a, std::size_t b, bool with_dependencies) const {
    const Reachability& c = with_dependencies ? ancestors_ : parent_ancestors_;
    return c.reaches(a, b) || c.reaches(b, a);
}

std::vector<std::size_t> RevisionGraph::head_indices() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < nodes_.size(); ++i)
        if (nodes_[i].children.empty()) out.push_back(i);
    return out;
}

std::vector<std::size_t> RevisionGraph::real_heads() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < nodes_.size(); ++i)
        if (nodes_[i].all_children_or_children().empty()) out.push_back(i);
    return out;
}

std::vector<std::size_t> RevisionGraph::base_indices() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < nodes_.size(); ++i)
        if (nodes_[i].parents.empty()) out.push_back(i);
    return out;
}

std::vector<std::string> RevisionGraph::id_list(const std::vector<std::size_t>& revs) const {
    std::vector<std::string> out;
    for (std::size_t r : revs) out.push_back(revisions_[r].id);
    return out;
}

std::string capped_list(const std::vector<std::string>& items) {
    if (items.size() <= kListedInDiagnostics) return fmt::format("{}", fmt::join(items, ", "));
    auto shown_end = items.begin() + static_cast<std::ptrdiff_t>(kListedInDiagnostics);
    return fmt::format("{}, ... and {} more", fmt::join(items.begin(), shown_end, ", "),
                       items.size() - kListedInDiagnostics);
}

std::string RevisionGraph::ids(const std::vector<std::size_t>& revs) const { return capped_list(id_list(revs)); }

std::vector<std::string> RevisionGraph::heads() const { return id_list(head_indices()); }
std::vector<std::string> RevisionGraph::bases() const { return id_list(base_indices()); }

// ---------------------------------------------------------------------------
// Order: Alembic's RevisionMap._topological_sort, step for step. It walks down
// from the heads (in input order), emitting a revision once no other pending
// head still needs it, and follows the first down revision of a merge first.

// `revs` and everything reachable from them along `next(v)`: one walk for
// both directions.
template <typename Next>
std::vector<bool> RevisionGraph::closure(const std::vector<std::size_t>& revs, Next next) const {
    std::vector<bool> seen(revisions_.size(), false);
    std::vector<std::size_t> stack;
    auto visit = [&](std::size_t r) {
        if (!seen[r]) seen[r] = true, stack.push_back(r);
    };
    for (std::size_t r : revs) visit(r);
    while (!stack.empty()) {
        std::size_t v = stack.back();
        stack.pop_back();
        next(v, visit);
    }
    return seen;
}

std::vector<bool> RevisionGraph::with_ancestors(const std::vector<std::size_t>& revs) const {
    return closure(revs, [&](std::size_t v, auto& visit) {
        for (std::size_t d : nodes_[v].parents) visit(d);
        for (std::size_t d : nodes_[v].depends_on) visit(d);
    });
}

std::vector<bool> RevisionGraph::with_descendants(const std::vector<std::size_t>& revs) const {
    return closure(revs, [&](std::size_t v, auto& visit) {
        for (std::size_t c : nodes_[v].all_children_or_children()) visit(c);
    });
}

// Alembic rescans every pending head's ancestor set at each step, which is
// quadratic in the number of heads. The same decisions, near-linear: `todo` is
// convex (whatever lies between two of its revisions is in it), so a candidate
// is still needed by another pending head exactly when one of its children is
// still to be emitted; only then is the first such head searched for.
std::vector<std::size_t> RevisionGraph::topological_walk(std::vector<bool> todo,
                                                         const std::vector<std::size_t>& heads) const {
    const std::size_t n = revisions_.size();
    std::vector<std::size_t> current;
    std::vector<bool> in_current(n, false);
    for (std::size_t h : heads)
        if (todo[h] && !in_current[h]) current.push_back(h), in_current[h] = true;
    std::ranges::sort(current);
    std::vector<std::size_t> waiting(n, 0);  // children still in todo
    for (std::size_t x = 0; x < n; ++x)
        if (todo[x])
            for (std::size_t c : nodes_[x].all_children_or_children()) waiting[x] += todo[c] ? 1 : 0;

    std::vector<std::size_t> output;
    std::size_t index = 0;
    // A sanity bound only: each emission follows at most one hop per pending head.
    std::size_t guard = 4 * (n + 1) * (current.size() + 1) + 16;
    std::vector<std::size_t> add;
    while (!current.empty()) {
        std::size_t candidate = current[index];
        if (waiting[candidate] > 0) {
            // Another pending head still needs it: walk the first such head first.
            std::size_t k = 0;
            while (k < current.size() && (k == index || !ancestors_.reaches(candidate, current[k]))) ++k;
            if (k == current.size()) throw std::logic_error("topological walk: a waiting revision has no head");
            if (guard-- == 0) throw std::logic_error("topological walk does not terminate");
            index = k;
            continue;
        }
        if (todo[candidate]) {
            output.push_back(candidate);
            todo[candidate] = false;
            // Each down revision counted this child once (all_children holds it once).
            const Node& emitted = nodes_[candidate];
            for (std::size_t p : emitted.parents)
                if (todo[p]) --waiting[p];
            for (std::size_t d : emitted.depends_on)
                if (todo[d] && std::ranges::count(emitted.parents, d) == 0) --waiting[d];
        }
        const Node& node = nodes_[candidate];
        add.clear();
        for (std::size_t d : node.walk_down_or_parents())
            if (todo[d] && !in_current[d]) add.push_back(d);
        if (add.empty()) {
            in_current[candidate] = false;
            current.erase(current.begin() + static_cast<std::ptrdiff_t>(index));
            index = index > 0 ? index - 1 : 0;
        } else {
            in_current[candidate] = false;
            current[index] = add.front();
            in_current[add.front()] = true;
            for (std::size_t k = 1; k < add.size(); ++k) current.push_back(add[k]), in_current[add[k]] = true;
        }
    }
    if (std::ranges::count(todo, true) != 0) throw std::logic_error("topological walk left revisions behind");
    return output;
}

std::vector<std::size_t> RevisionGraph::upgrade_order(const std::vector<std::size_t>& heads) const {
    std::vector<std::size_t> order = topological_walk(with_ancestors(heads), heads);
    std::ranges::reverse(order);
    return order;
}

}  // namespace migc
