// The five version-row rules. Where Alembic takes an order from a Python set
// (merge_branch_idents, _unmerge_to_revisions), migc takes the order written in
// the revision file: parents as listed, then depends_on as listed.
#include "compiler/plan/version_rows.hpp"

#include <algorithm>
#include <stdexcept>

namespace migc {

bool VersionRows::is_head(std::size_t rev) const {
    return has_row_[rev];
}

void VersionRows::insert(std::size_t rev, std::vector<VersionRowChange>& out) {
    if (is_head(rev)) throw std::logic_error("version row inserted twice");
    heads_.push_back(rev);
    has_row_[rev] = true;
    out.push_back({VersionRowChange::Kind::Insert, {}, graph_.revisions()[rev].id});
}

void VersionRows::remove(std::size_t rev, std::vector<VersionRowChange>& out) {
    auto it = std::find(heads_.begin(), heads_.end(), rev);
    if (it == heads_.end()) throw std::logic_error("deleting a version row that is not there");
    heads_.erase(it);
    has_row_[rev] = false;
    out.push_back({VersionRowChange::Kind::Delete, graph_.revisions()[rev].id, {}});
}

void VersionRows::update(std::size_t from, std::size_t to, std::vector<VersionRowChange>& out) {
    auto it = std::find(heads_.begin(), heads_.end(), from);
    if (it == heads_.end() || is_head(to)) throw std::logic_error("updating a version row that is not there");
    *it = to;
    has_row_[from] = false;
    has_row_[to] = true;
    out.push_back({VersionRowChange::Kind::Update, graph_.revisions()[from].id, graph_.revisions()[to].id});
}

// DELETE all of `from` but the last, UPDATE the last to `to`.
void VersionRows::collapse(const std::vector<std::size_t>& from, std::size_t to,
                           std::vector<VersionRowChange>& out) {
    for (std::size_t i = 0; i + 1 < from.size(); ++i) remove(from[i], out);
    update(from.back(), to, out);
}

// Alembic's _unmerge_to_revisions: the down revisions that get a row back when
// `rev` is downgraded, i.e. those no other head already implies.
std::vector<std::size_t> VersionRows::unmerge_targets(std::size_t rev) const {
    const auto& down = graph_.down_revisions(rev);
    std::vector<std::size_t> result;
    for (std::size_t d : down) {
        bool implied = false;
        for (std::size_t h : heads_)
            if (h != rev && graph_.is_ancestor(d, h)) {
                implied = true;
                break;
            }
        // With no other head, Alembic drops a down revision that is an
        // ancestor of another one; normalization already did that here.
        for (std::size_t other : down)
            if (other != d && graph_.is_ancestor(d, other)) implied = true;
        if (!implied) result.push_back(d);
    }
    return result;
}

std::vector<VersionRowChange> VersionRows::after_upgrade(std::size_t rev) {
    std::vector<VersionRowChange> out;
    std::vector<std::size_t> present;  // down revisions that have a row, in written order
    for (std::size_t d : graph_.down_revisions(rev))
        if (is_head(d)) present.push_back(d);

    if (present.empty())
        insert(rev, out);  // 2. create branch: a base, or no parent has a row
    else
        collapse(present, rev, out);  // 3. merge (several present) or 5. plain update (one)
    return out;
}

std::vector<VersionRowChange> VersionRows::after_downgrade(std::size_t rev) {
    std::vector<VersionRowChange> out;
    if (!is_head(rev)) throw std::logic_error("downgrading a revision that is not a current head");
    const auto& down = graph_.down_revisions(rev);
    std::vector<std::size_t> to = down.empty() ? std::vector<std::size_t>{} : unmerge_targets(rev);

    if (to.empty()) {
        remove(rev, out);  // 1. delete branch: a base, or every parent is implied by another head
    } else if (down.size() > 1) {
        // 4. unmerge: INSERT all but the last, UPDATE the revision to the last
        for (std::size_t i = 0; i + 1 < to.size(); ++i) insert(to[i], out);
        update(rev, to.back(), out);
    } else {
        update(rev, down.front(), out);  // 5.
    }
    return out;
}

std::vector<VersionRowChange> VersionRows::stamp_to(std::size_t destination) {
    std::vector<VersionRowChange> out;
    if (is_head(destination)) return out;
    std::vector<std::size_t> related;
    for (std::size_t h : heads_)
        if (graph_.is_ancestor(h, destination) || graph_.is_ancestor(destination, h)) related.push_back(h);
    if (related.empty())
        insert(destination, out);
    else
        collapse(related, destination, out);
    return out;
}

std::vector<VersionRowChange> VersionRows::stamp_delete(std::size_t head) {
    std::vector<VersionRowChange> out;
    remove(head, out);
    return out;
}

}  // namespace migc
