#include "compiler/reachability.hpp"

#include <algorithm>

namespace migc {

Reachability::Reachability(const NodeLists& down, const std::vector<std::size_t>& order) {
    const std::size_t n = down.size();
    // Spanning forest: each node hangs below its first down node.
    std::vector<std::uint32_t> first_child(n, UINT32_MAX), next_sibling(n, UINT32_MAX), size(n, 1);
    for (std::size_t i = n; i-- > 0;)
        if (!down[i].empty()) {
            std::uint32_t p = down[i].front();
            next_sibling[i] = first_child[p];
            first_child[p] = static_cast<std::uint32_t>(i);
        }
    // Post-order numbers: a subtree is the interval [post - size + 1, post].
    post_.assign(n, 0);
    std::uint32_t counter = 0;
    std::vector<std::uint32_t> stack;
    for (std::size_t root = 0; root < n; ++root) {
        if (!down[root].empty()) continue;
        stack.push_back(static_cast<std::uint32_t>(root));
        while (!stack.empty()) {
            std::uint32_t v = stack.back();
            if (first_child[v] != UINT32_MAX) {
                // Descend: detach the child so the node is finished when it has none left.
                std::uint32_t c = first_child[v];
                first_child[v] = next_sibling[c];
                stack.push_back(c);
                continue;
            }
            stack.pop_back();
            post_[v] = counter++;
            if (!stack.empty()) size[stack.back()] += size[v];
        }
    }
    // Descendant intervals, children before parents. A child's intervals are
    // appended to its parents' lists, so gather them through an upward index.
    std::vector<std::uint32_t> up_begin(n + 1, 0), up;
    for (std::size_t i = 0; i < n; ++i)
        for (std::uint32_t d : down[i]) ++up_begin[d + 1];
    for (std::size_t i = 0; i < n; ++i) up_begin[i + 1] += up_begin[i];
    up.resize(up_begin[n]);
    {
        std::vector<std::uint32_t> fill(up_begin.begin(), up_begin.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            for (std::uint32_t d : down[i]) up[fill[d]++] = static_cast<std::uint32_t>(i);
    }
    std::vector<std::uint32_t> start(n), count(n);
    std::vector<Interval> scratch;
    std::vector<Interval> all;
    for (std::size_t k = order.size(); k-- > 0;) {
        std::size_t v = order[k];
        scratch.clear();
        scratch.push_back({post_[v] + 1 - size[v], post_[v]});
        for (std::uint32_t u = up_begin[v]; u < up_begin[v + 1]; ++u) {
            std::uint32_t c = up[u];
            scratch.insert(scratch.end(), all.begin() + start[c], all.begin() + start[c] + count[c]);
        }
        std::sort(scratch.begin(), scratch.end(), [](Interval a, Interval b) { return a.lo < b.lo; });
        start[v] = static_cast<std::uint32_t>(all.size());
        for (Interval iv : scratch) {
            if (all.size() > start[v] && iv.lo <= all.back().hi + 1)
                all.back().hi = std::max(all.back().hi, iv.hi);
            else
                all.push_back(iv);
        }
        count[v] = static_cast<std::uint32_t>(all.size() - start[v]);
    }
    // Lay the lists out in node order for the lookups.
    begin_.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) begin_[i + 1] = begin_[i] + count[i];
    intervals_.resize(begin_[n]);
    for (std::size_t i = 0; i < n; ++i)
        std::copy(all.begin() + start[i], all.begin() + start[i] + count[i], intervals_.begin() + begin_[i]);
}

bool Reachability::reaches(std::size_t ancestor, std::size_t rev) const {
    std::uint32_t p = post_[rev];
    auto first = intervals_.begin() + begin_[ancestor], last = intervals_.begin() + begin_[ancestor + 1];
    // The last interval starting at or before p.
    auto it = std::upper_bound(first, last, p, [](std::uint32_t x, Interval iv) { return x < iv.lo; });
    return it != first && std::prev(it)->hi >= p;
}

}  // namespace migc
