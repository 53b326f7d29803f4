// Ancestor queries on a DAG in O(log k) with memory near the size of the graph:
// interval labels over a spanning forest (post-order numbers), plus the extra
// intervals that merges and dependencies add. Replaces N² ancestor closures.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace migc {

class Reachability {
public:
    Reachability() = default;
    // `down[v]`: the nodes v descends from directly (the first one is its
    // spanning-tree parent); `order`: every node, each after all of its `down`.
    Reachability(const std::vector<std::vector<std::size_t>>& down, const std::vector<std::size_t>& order);

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
