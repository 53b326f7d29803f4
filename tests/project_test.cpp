// Loading a project from disk (compiler/project.cpp): the revision files in
// the byte order of their names, whatever order the directory lists them in.
#include <catch2/catch.hpp>

#include <algorithm>

#include "compiler/project.hpp"
#include "tests/temp_project.hpp"

using namespace migc;
using migc::test::TempProject;

TEST_CASE("revision files are loaded in the byte order of their names", "[project]") {
    // Names that share their first eight bytes, names shorter than eight,
    // upper case before lower, and a non-ASCII byte after every ASCII one.
    std::vector<std::string> names = {"b.mig",         "abcdefghij.mig", "abcdefghi.mig", "a.mig",  "ab.mig",
                                      "abcdefgh.mig",  "abcdefgh_2.mig", "Z.mig",         "\xC3\xA9.mig", "a_b.mig",
                                      "0001_init.mig", "10_x.mig",       "9_y.mig"};
    std::vector<std::pair<std::string, std::string>> files;
    for (std::size_t i = 0; i < names.size(); ++i)
        files.emplace_back(names[i], "revision r" + std::to_string(i) + "\nrevises none\n");
    TempProject dir(files);
    SourceFiles loaded;
    Diagnostics diags;
    auto project = load_project(dir.config(), {}, loaded, diags, ParseDepth::Headers);
    INFO(diags.render(loaded, false));
    REQUIRE(project);
    std::vector<std::string> order;
    for (FileId id : project->files) order.push_back(loaded.path(id).substr(loaded.path(id).rfind('/') + 1));
    std::vector<std::string> expected = names;
    std::sort(expected.begin(), expected.end());  // std::string compares bytes as unsigned char
    CHECK(order == expected);
    CHECK(order.front() == "0001_init.mig");
    CHECK(order.back() == "\xC3\xA9.mig");
}
