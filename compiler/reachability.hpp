// Ancestor queries on a DAG in O(log k) with memory near the size of the graph:
// interval labels over a spanning forest (post-order numbers), plus the extra
// intervals that merges and dependencies add. Replaces N² ancestor closures.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace migc {

// One list of nodes per node, all in one array (compressed rows): a graph of
// 100,000 revisions in two allocations instead of 100,000.
class NodeLists {
public:
    // Appends the next node's list.
    template <class Range>
    void add(const Range& nodes) {
        for (std::size_t v : nodes) to_.push_back(static_cast<std::uint32_t>(v));
        begin_.push_back(static_cast<std::uint32_t>(to_.size()));
    }
    void reserve(std::size_t lists, std::size_t nodes) {
        begin_.reserve(lists + 1);
        to_.reserve(nodes);
    }
    std::size_t size() const { return begin_.size() - 1; }
    std::span<const std::uint32_t> operator[](std::size_t v) const {
        return {to_.data() + begin_[v], to_.data() + begin_[v + 1]};
    }

private:
    std::vector<std::uint32_t> begin_{0};
    std::vector<std::uint32_t> to_;
};

class Reachability {
public:
    Reachability() = default;
    // `down[v]`: the nodes v descends from directly (the first one is its
    // spanning-tree parent); `order`: every node, each after all of its `down`.
    Reachability(const NodeLists& down, const std::vector<std::size_t>& order);

    // Whether `ancestor` is `rev` or one of its ancestors.
    bool reaches(std::size_t ancestor, std::size_t rev) const;

private:
    struct Interval {
        std::uint32_t lo, hi;  // post-order numbers, inclusive
    };
    std::vector<std::uint32_t> post_;   // per node
    std::vector<std::uint32_t> begin_;  // per node + 1: its descendants' intervals in intervals_
    std::vector<Interval> intervals_;   // sorted and disjoint per node
};

}  // namespace migc
