// The version table as the list of current heads, and how each step changes it:
// the five rules of SPEC 3 (Alembic's HeadMaintainer with the should_* tests of
// RevisionStep and StampStep). Decides rows only; never orders steps.
#pragma once

#include <cstddef>
#include <vector>

#include "compiler/plan/plan.hpp"
#include "compiler/revision_graph.hpp"

namespace migc {

class VersionRows {
public:
    // `heads` in the order their rows are listed; the order is kept stable:
    // an UPDATE keeps a row's place, an INSERT appends.
    VersionRows(const RevisionGraph& graph, std::vector<std::size_t> heads)
        : graph_(graph), heads_(std::move(heads)), has_row_(graph.revisions().size(), false) {
        for (std::size_t h : heads_) has_row_[h] = true;
    }

    // The changes after `rev`'s own statements, applied to the heads.
    std::vector<VersionRowChange> after_upgrade(std::size_t rev);
    std::vector<VersionRowChange> after_downgrade(std::size_t rev);

    // Stamp: move the rows to `destination` directly. The heads on its line of
    // descent (either way) collapse onto it; with none, it gets a row of its own.
    std::vector<VersionRowChange> stamp_to(std::size_t destination);
    // Stamp to base: `head` loses its row.
    std::vector<VersionRowChange> stamp_delete(std::size_t head);

    const std::vector<std::size_t>& heads() const { return heads_; }

private:
    bool is_head(std::size_t rev) const;
    std::vector<std::size_t> unmerge_targets(std::size_t rev) const;
    void insert(std::size_t rev, std::vector<VersionRowChange>& out);
    void remove(std::size_t rev, std::vector<VersionRowChange>& out);
    void update(std::size_t from, std::size_t to, std::vector<VersionRowChange>& out);
    void collapse(const std::vector<std::size_t>& from, std::size_t to, std::vector<VersionRowChange>& out);

    const RevisionGraph& graph_;
    std::vector<std::size_t> heads_;
    std::vector<bool> has_row_;  // per revision: in heads_ (thousands of heads make a search quadratic)
};

}  // namespace migc
