// Data parallelism for the few loops whose iterations are independent (reading
// and parsing the revision files, rendering each step's SQL): results go into
// slots the caller sized, so the output never depends on which thread ran what.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace migc {

// Runs work(i) for every i < n, on up to every core; the caller's thread is
// one of them. Work is taken in chunks of `chunk` indices: small enough to
// balance, big enough to stay off the shared counter.
template <class Work>
void for_each_parallel(std::size_t n, Work work, std::size_t chunk = 32) {
    std::atomic<std::size_t> next{0};
    auto run = [&] {
        for (std::size_t begin; (begin = next.fetch_add(chunk)) < n;)
            for (std::size_t i = begin; i < std::min(n, begin + chunk); ++i) work(i);
    };
    std::size_t threads = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), n / chunk + 1);
    std::vector<std::jthread> helpers;
    for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(run);
    run();
}

}  // namespace migc
