// Diagnostic kinds: stable, unique names that docs/diagnostics.md lists, and
// the kind each stage gives to what it reports.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "compiler/diagnostics.hpp"
#include "compiler/sema/checker.hpp"
#include "grammar/parser.hpp"

namespace {

using namespace migc;

std::vector<DiagKind> all_kinds() {
    return {
#define MIGC_DIAG(id, name, summary) DiagKind::id,
#include "compiler/diagnostic_kinds.def"
#undef MIGC_DIAG
    };
}

// The kinds of what checking `text` from an empty schema reports, in order.
std::vector<std::string> kinds_of(const std::string& text) {
    SourceFiles files;
    Diagnostics diags;
    SchemaModel model;
    FileId id = files.add("t.mig", text);
    Checker checker(model, SemaOptions{63, {"public"}}, diags);
    if (auto stmts = grammar::parse_statements(files, id, {}, diags))
        for (const auto& stmt : *stmts) checker.check(stmt, id);
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.items()) out.emplace_back(kind_name(d.kind));
    return out;
}

}  // namespace

TEST_CASE("kind names are unique kebab-case words and name their kind back", "[diagnostics]") {
    std::set<std::string_view> seen;
    for (DiagKind k : all_kinds()) {
        std::string_view name = kind_name(k);
        CHECK(seen.insert(name).second);
        CHECK_FALSE(name.empty());
        CHECK(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos);
        CHECK(kind_named(name) == k);
    }
    CHECK_FALSE(kind_named("no-such-kind"));
}

TEST_CASE("docs/diagnostics.md lists every kind, in the table's order", "[diagnostics]") {
    std::ifstream in(MIGC_SOURCE_DIR "/docs/diagnostics.md");
    REQUIRE(in);
    std::vector<std::string> documented;
    for (std::string line; std::getline(in, line);)
        if (line.rfind("| `", 0) == 0) documented.push_back(line.substr(3, line.find('`', 3) - 3));
    std::vector<std::string> kinds;
    for (DiagKind k : all_kinds()) kinds.emplace_back(kind_name(k));
    CHECK(documented == kinds);
}

TEST_CASE("the check phase names what it refuses", "[diagnostics]") {
    CHECK(kinds_of("create table t (id int primary key); alter table t drop column nope;") ==
          std::vector<std::string>{"unknown-column"});
    CHECK(kinds_of("drop index ix_nope;") == std::vector<std::string>{"unknown-index"});
    CHECK(kinds_of("create table t (id int primary key); create table t (id int primary key);") ==
          std::vector<std::string>{"duplicate"});
    CHECK(kinds_of("create table t (id int primary key); insert into t (id) values (1, 2);") ==
          std::vector<std::string>{"insert-shape"});
    CHECK(kinds_of("create table t (id int primary key, b boolean); insert into t (id, b) values (1, 'x');") ==
          std::vector<std::string>{"value-mismatch"});
    CHECK(kinds_of("create table p (id int primary key, s text);"
                   "create table c (id int primary key, p text references p (s));") ==
          std::vector<std::string>{"foreign-key"});
}

TEST_CASE("the parser names syntax, encoding and variables apart", "[diagnostics]") {
    CHECK(kinds_of("create tabel t (id int);") == std::vector<std::string>{"syntax"});
    CHECK(kinds_of("create table t (id int primary key, \xFF\xFE int);").front() == "encoding");
    CHECK(kinds_of("create table ${tbl} (id int primary key);").front() == "undefined-variable");
}

TEST_CASE("a warning shows its kind as clang shows its flag; an error does not", "[diagnostics]") {
    SourceFiles files;
    Diagnostics diags;
    diags.warning(DiagKind::UnusedParameter, std::nullopt, "parameter 'x' is never used");
    diags.error(DiagKind::UnknownTable, std::nullopt, "unknown table 't'");
    CHECK(diags.render(files, false) == "warning: parameter 'x' is never used [unused-parameter]\n"
                                        "error: unknown table 't'\n");
}
