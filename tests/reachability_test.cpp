// The reachability index against a brute-force closure, on random DAGs with
// merges and dependencies, and on the shapes it is built for (chains, many heads).
#include "compiler/reachability.hpp"

#include <catch2/catch.hpp>
#include <random>

using namespace migc;

namespace {

// Every node's ancestors (itself included), by a walk per node.
std::vector<std::vector<bool>> closure(const std::vector<std::vector<std::size_t>>& down) {
    const std::size_t n = down.size();
    std::vector<std::vector<bool>> anc(n, std::vector<bool>(n, false));
    for (std::size_t v = 0; v < n; ++v) {
        std::vector<std::size_t> stack{v};
        while (!stack.empty()) {
            std::size_t x = stack.back();
            stack.pop_back();
            if (anc[v][x]) continue;
            anc[v][x] = true;
            for (std::size_t d : down[x]) stack.push_back(d);
        }
    }
    return anc;
}

// Nodes are numbered in a shuffled order; `down` only points to earlier ranks.
void check_against_closure(const std::vector<std::vector<std::size_t>>& down, const std::vector<std::size_t>& order) {
    NodeLists lists;
    for (const auto& list : down) lists.add(list);
    Reachability reach(lists, order);
    auto anc = closure(down);
    for (std::size_t a = 0; a < down.size(); ++a)
        for (std::size_t b = 0; b < down.size(); ++b) {
            INFO("ancestor " << a << " of " << b);
            REQUIRE(reach.reaches(a, b) == anc[b][a]);
        }
}

}  // namespace

TEST_CASE("reachability matches the closure on random DAGs with merges and dependencies") {
    std::mt19937 rng(20261201);
    for (int round = 0; round < 200; ++round) {
        const std::size_t n = 1 + rng() % 40;
        std::vector<std::size_t> order(n);  // order[k]: the node of rank k
        for (std::size_t i = 0; i < n; ++i) order[i] = i;
        std::shuffle(order.begin(), order.end(), rng);
        std::vector<std::vector<std::size_t>> down(n);
        for (std::size_t k = 1; k < n; ++k) {
            std::size_t edges = rng() % 4;  // 0: another base
            for (std::size_t e = 0; e < edges; ++e) {
                std::size_t d = order[rng() % k];
                if (std::find(down[order[k]].begin(), down[order[k]].end(), d) == down[order[k]].end())
                    down[order[k]].push_back(d);
            }
        }
        check_against_closure(down, order);
    }
}

TEST_CASE("reachability on a chain and on many heads") {
    std::vector<std::vector<std::size_t>> chain(500);
    std::vector<std::size_t> order(500);
    for (std::size_t i = 0; i < 500; ++i) {
        order[i] = i;
        if (i > 0) chain[i] = {i - 1};
    }
    check_against_closure(chain, order);

    std::vector<std::vector<std::size_t>> heads(300);
    for (std::size_t i = 1; i < 300; ++i) heads[i] = {0};
    std::vector<std::size_t> heads_order(300);
    for (std::size_t i = 0; i < 300; ++i) heads_order[i] = i;
    check_against_closure(heads, heads_order);
}
