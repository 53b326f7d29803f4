// A project directory under /tmp for tests that load one from disk, removed
// at the end.
#pragma once

#include <catch2/catch.hpp>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "compiler/config.hpp"

namespace migc::test {

struct TempProject {
    std::filesystem::path root;
    // Files named as given, in migrations/versions/.
    explicit TempProject(const std::vector<std::pair<std::string, std::string>>& files) {
        char name[] = "/tmp/migc-test-XXXXXX";
        REQUIRE(::mkdtemp(name) != nullptr);
        root = name;
        std::filesystem::create_directories(root / "migrations" / "versions");
        for (const auto& [file, text] : files) std::ofstream(root / "migrations" / "versions" / file) << text;
    }
    // Files named v0.mig, v1.mig, ...
    explicit TempProject(const std::vector<std::string>& texts) : TempProject(numbered(texts)) {}
    ~TempProject() { std::filesystem::remove_all(root); }
    Config config() const {
        Config c;
        c.base_dir = root.string();
        return c;
    }

private:
    static std::vector<std::pair<std::string, std::string>> numbered(const std::vector<std::string>& texts) {
        std::vector<std::pair<std::string, std::string>> files;
        for (std::size_t i = 0; i < texts.size(); ++i) files.emplace_back("v" + std::to_string(i) + ".mig", texts[i]);
        return files;
    }
};

}  // namespace migc::test
