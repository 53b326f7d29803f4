// The blocks parsed apart from the headers (grammar's two halves, the
// BlockParser beside the check) report and build exactly what one parse of
// each file does, whatever order the revisions are asked for in.
#include <catch2/catch.hpp>

#include <stdlib.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <optional>
#include <thread>

#include "compiler/block_parser.hpp"
#include "tests/temp_project.hpp"
#include "compiler/project.hpp"
#include "grammar/parser.hpp"

using namespace migc;
using migc::test::TempProject;
namespace fs = std::filesystem;

namespace {

// Syntax errors in bodies, in a header, in the encoding, and sound files.
const std::vector<std::string> kFiles = {
    "revision r1\nrevises none\nupgrade {\n  create table t (id int primary key);\n}\n",
    "revision r2\nrevises r1\nupgrade {\n  create tabel u (id int);\n  alter table t add column x int;\n}\n"
    "downgrade { drop tabel; }\n",
    "revision r3\nrevises r2\nupgrade { alter table t add column y int; }\ndowngrade irreversible;\n",
    "revision r4\nrevises r3\nupgrade {\n  insert into t (id) values (1,;\n}\ndowngrade { delete from t; }\n",
    "revision r5\nrevises r4\n",
};

std::string rendered(const SourceFiles& files, const Diagnostics& diags) { return diags.render(files, false); }

// A chain of n revisions, each creating a table (and dropping it again in a
// downgrade block, with `downgrades`).
std::vector<std::string> chain_of(int n, bool downgrades) {
    std::vector<std::string> chain;
    for (int i = 0; i < n; ++i)
        chain.push_back(fmt::format("revision r{}\nrevises {}\nupgrade {{ create table t{} (id int primary key); }}\n{}", i,
                                    i == 0 ? std::string("none") : fmt::format("r{}", i - 1), i,
                                    downgrades ? fmt::format("downgrade {{ drop table t{}; }}\n", i) : ""));
    return chain;
}

// A project loaded with its blocks deferred, and the parser beside it.
struct Deferred {
    Deferred(const TempProject& dir, std::uint32_t ahead) {
        project = load_project(dir.config(), {}, files, diags, ParseDepth::Full, true);
        REQUIRE(project);
        blocks.emplace(*project, files, vars, ParseDepth::Full, diags, ahead);
    }
    SourceFiles files;
    Diagnostics diags;
    const grammar::Variables vars;
    std::optional<Project> project;
    std::optional<BlockParser> blocks;  // last: it reads the others
};

}  // namespace

TEST_CASE("a header and its blocks parsed apart give what one parse gives", "[grammar]") {
    std::vector<std::string> texts = kFiles;
    texts.push_back("revision r6\nrevizes r5\nupgrade { create tabel v (id int); }\n");  // header and body errors
    texts.push_back("revision r7\nrevises r6\nupgrade { create table w (\xff int); }\n");  // encoding
    for (const std::string& text : texts) {
        INFO(text);
        SourceFiles files;
        FileId id = files.add("v.mig", text);
        Diagnostics whole_diags, apart_diags;
        ast::RevisionFile partial, apart;
        auto whole = grammar::parse_revision_file(files, id, {}, whole_diags, &partial);
        auto blocks_at = grammar::parse_revision_header(files, id, {}, apart_diags, apart);
        bool ok = blocks_at && grammar::parse_revision_blocks(files, id, {}, apart_diags, apart, *blocks_at);
        CHECK(rendered(files, apart_diags) == rendered(files, whole_diags));
        CHECK(ok == whole.has_value());
        if (!blocks_at) continue;  // the header failed: nothing of the file is used
        const ast::RevisionFile& expected = whole ? *whole : partial;
        CHECK(apart.revision.text == expected.revision.text);
        CHECK(apart.upgrade.size() == expected.upgrade.size());
        CHECK(apart.downgrade.size() == expected.downgrade.size());
        CHECK(apart.downgrade_kind == expected.downgrade_kind);
        CHECK(apart.upgrade_span.end == expected.upgrade_span.end);
    }
}

TEST_CASE("blocks parsed beside the check report in file order, whatever order they were awaited in", "[project]") {
    TempProject dir(kFiles);
    SourceFiles eager_files;
    Diagnostics eager_diags;
    auto eager = load_project(dir.config(), {}, eager_files, eager_diags, ParseDepth::Full);
    REQUIRE(eager);
    REQUIRE(eager_diags.items().size() == 3);  // two in v1, one in v3

    for (bool reverse : {false, true}) {
        SourceFiles files;
        Diagnostics diags;
        auto project = load_project(dir.config(), {}, files, diags, ParseDepth::Full, true);
        REQUIRE(project);
        CHECK(diags.items().empty());  // the headers are sound
        REQUIRE(project->blocks_at.size() == kFiles.size());
        const grammar::Variables vars;  // outlives the parser, which keeps a reference
        BlockParser blocks(*project, files, vars, ParseDepth::Full, diags);
        diags.error(DiagKind::Internal, std::nullopt, "after the loading");  // e.g. the graph's
        for (std::size_t i = 0; i < kFiles.size(); ++i) {
            std::size_t rev = reverse ? kFiles.size() - 1 - i : i;
            blocks.await(rev);
            CHECK(project->broken[rev] == eager->broken[rev]);
            CHECK(project->revisions[rev].upgrade.size() == eager->revisions[rev].upgrade.size());
            CHECK(project->revisions[rev].downgrade.size() == eager->revisions[rev].downgrade.size());
        }
        blocks.finish(diags);
        REQUIRE(diags.items().size() == 4);
        CHECK(rendered(files, diags).starts_with(rendered(eager_files, eager_diags)));
        CHECK(diags.items().back().message == "after the loading");
    }
}

TEST_CASE("a parser kept one revision ahead of the check finishes, whether the check reached every revision or stopped",
          "[project]") {
    // Enough revisions that the check starts while the thread is still parsing.
    std::vector<std::string> chain = chain_of(2000, false);
    TempProject dir(chain);
    for (std::size_t stop_after : {chain.size(), std::size_t{2}, std::size_t{0}}) {
        Deferred d(dir, 1);
        for (std::size_t rev = 0; rev < stop_after; ++rev) d.blocks->await(rev);
        // Time for the thread to be asleep, waiting for the check to go on:
        // finish() must wake it, or it would never end.
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        d.blocks->finish(d.diags);
        CHECK(d.diags.items().empty());
        CHECK(std::count(d.project->broken.begin(), d.project->broken.end(), 0) == 2000);
        CHECK(std::all_of(d.project->revisions.begin(), d.project->revisions.end(),
                          [](const ast::RevisionFile& r) { return r.upgrade.size() == 1; }));
    }
}

TEST_CASE("the blocks the check retires are freed and no others", "[project]") {
    std::vector<std::string> chain = chain_of(1000, true);
    TempProject dir(chain);
    Deferred d(dir, 8);
    // As a check does: each revision awaited, then done with; here every
    // third upgrade and every fifth downgrade, the rest kept.
    for (std::size_t rev = 0; rev < chain.size(); ++rev) {
        d.blocks->await(rev);
        if (rev % 3 == 0) d.blocks->retire(rev, true);
        if (rev % 5 == 0) d.blocks->retire(rev, false);
    }
    d.blocks->finish(d.diags);
    CHECK(d.diags.items().empty());
    for (std::size_t rev = 0; rev < chain.size(); ++rev) {
        INFO(rev);
        CHECK(d.project->revisions[rev].upgrade.size() == (rev % 3 == 0 ? 0 : 1));
        CHECK(d.project->revisions[rev].downgrade.size() == (rev % 5 == 0 ? 0 : 1));
    }
}

TEST_CASE("a broken header makes the deferred loading parse and report every block at once", "[project]") {
    std::vector<std::string> texts = kFiles;
    texts[2] = "revision r3\nrevizes r2\nupgrade { create tabel v (id int); }\n";
    TempProject dir(texts);
    SourceFiles eager_files, files;
    Diagnostics eager_diags, diags;
    CHECK_FALSE(load_project(dir.config(), {}, eager_files, eager_diags, ParseDepth::Full));
    CHECK_FALSE(load_project(dir.config(), {}, files, diags, ParseDepth::Full, true));
    CHECK(diags.items().size() == eager_diags.items().size());
    CHECK(rendered(files, diags) == rendered(eager_files, eager_diags));
}
