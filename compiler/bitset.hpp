// A fixed-size set of small integers as machine words: the ancestor closures
// of the revision graph OR whole words at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace migc {

class Bitset {
public:
    explicit Bitset(std::size_t size = 0) : words_((size + 63) / 64, 0) {}
    bool operator[](std::size_t i) const { return (words_[i / 64] >> (i % 64)) & 1u; }
    void set(std::size_t i) { words_[i / 64] |= std::uint64_t{1} << (i % 64); }
    void reset(std::size_t i) { words_[i / 64] &= ~(std::uint64_t{1} << (i % 64)); }
    Bitset& operator|=(const Bitset& other) {
        for (std::size_t k = 0; k < words_.size(); ++k) words_[k] |= other.words_[k];
        return *this;
    }

private:
    std::vector<std::uint64_t> words_;
};

}  // namespace migc
