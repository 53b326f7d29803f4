// Fuzz target (b): a whole compile of a small project held in memory. The
// input is up to 6 revision files separated by lines `=====`; they are
// loaded as load_project does (sorted paths, parse, digest), the revision
// graph is built, and upgrade base:heads, a partial upgrade, downgrade
// heads:base and stamps are rendered for PostgreSQL and SQLite.
#include <cstdint>
#include <fmt/format.h>

#include "compiler/plan/planner.hpp"
#include "compiler/plan/walk.hpp"
#include "compiler/project.hpp"
#include "compiler/revision_graph.hpp"
#include "compiler/script.hpp"
#include "dialects/dialect.hpp"
#include "fuzz/fuzz_input.hpp"

namespace {

const std::map<std::string, std::string> kNoVars;  // the fuzzed files use no ${var}

using namespace migc;

void compile(const Config& config, const Project& project, const RevisionGraph& graph, std::string_view start,
             std::string_view end, const char* command, SourceFiles& files) {
    for (const char* dialect_name : {"postgresql", "sqlite"}) {
        Diagnostics diags;
        std::optional<Plan> plan;
        if (command == std::string_view("upgrade")) plan = plan_upgrade(graph, start, end, diags);
        else if (command == std::string_view("downgrade")) plan = plan_downgrade(graph, start, end, diags);
        else plan = plan_stamp(graph, start, end, diags);
        if (plan) {
            DialectOptions options{dialect_name, config.postgresql_major, config.postgresql_minor, config.sqlite_major,
                                   config.sqlite_minor};
            auto dialect = make_dialect(options, diags);
            if (!dialect) __builtin_trap();  // both names are registered
            std::optional<CompiledPlan> compiled = CompiledPlan{};
            if (command != std::string_view("stamp"))
                compiled = compile_plan({project.revisions, project.files, project.broken}, graph, *plan,
                                        SemaOptions{dialect->facts().max_identifier_bytes, dialect->facts().builtin_schemas}, diags);
            if (!compiled) {
                if (!diags.has_errors()) __builtin_trap();
                continue;
            }
            ScriptRequest request{config, project, graph, *dialect, *plan, *compiled, command, false, kNoVars};
            auto script = render_script(request, diags);
            if (!script && !diags.has_errors()) __builtin_trap();  // a failure always says why
        } else if (!diags.has_errors()) {
            __builtin_trap();
        }
        (void)diags.render(files, false);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 256 * 1024) return 0;  // small projects: depth, not bulk
    static const grammar::Variables vars{{"schema", "app"}, {"table", "Users"}, {"value", "it's"}};
    auto texts = fuzz::split_files(fuzz::as_text(data, size), "=====", 6);

    Config config;
    SourceFiles files;
    Diagnostics diags;
    Project project;
    project.versions_dir = "migrations/versions";
    std::string digest_input;
    bool ok = true;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        FileId id = files.add(fmt::format("migrations/versions/{:02}.mig", i), texts[i]);
        digest_input += texts[i];
        auto parsed = grammar::parse_revision_file(files, id, vars, diags);
        if (!parsed) {
            ok = false;
            continue;
        }
        project.files.push_back(id);
        project.revisions.push_back(std::move(*parsed));
        project.broken.push_back(0);
    }
    if (!ok) {
        if (!diags.has_errors()) __builtin_trap();
        (void)diags.render(files, false);
        return 0;
    }
    project.source_digest = sha256_hex(digest_input);
    std::vector<RevisionHeader> headers;
    for (std::size_t i = 0; i < project.revisions.size(); ++i)
        headers.push_back(revision_header(project.revisions[i], project.files[i]));
    auto graph = RevisionGraph::build(std::move(headers), diags);
    (void)diags.render(files, false);
    if (!graph) return 0;

    compile(config, project, *graph, "", "heads", "upgrade", files);
    compile(config, project, *graph, "heads", "base", "downgrade", files);
    compile(config, project, *graph, "", "heads", "stamp", files);
    // From the first revision of the walk on: the model is replayed to the start.
    if (auto bases = graph->bases(); !bases.empty()) {
        compile(config, project, *graph, bases.front(), "heads", "upgrade", files);
        compile(config, project, *graph, "heads", bases.front(), "downgrade", files);
    }
    return 0;
}
