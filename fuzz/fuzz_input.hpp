// Helpers shared by the fuzz targets: an input split into pieces, and the one
// way every target compiles a project held in memory. Header-only so that each
// target is one translation unit linked with libFuzzer or with replay_main.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace migc::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// The pieces of `text` between lines that hold exactly `separator` (the
// separator is in the dictionary, so the fuzzer finds it); at most `max`.
inline std::vector<std::string> split_files(std::string_view text, std::string_view separator, std::size_t max) {
    std::vector<std::string> out;
    std::string marker = "\n" + std::string(separator) + "\n";
    std::size_t start = 0;
    while (out.size() + 1 < max) {
        auto at = text.find(marker, start);
        if (at == std::string_view::npos) break;
        out.emplace_back(text.substr(start, at - start));
        start = at + marker.size();
    }
    out.emplace_back(text.substr(start));
    return out;
}

}  // namespace migc::fuzz
