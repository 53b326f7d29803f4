// What every command works with: the invocation, the configuration, the files
// read, the diagnostics sink and the text the command prints.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/block_parser.hpp"
#include "compiler/cli.hpp"
#include "compiler/config.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/project.hpp"
#include "compiler/revision_graph.hpp"

namespace migc {

struct Session {
    Invocation inv;
    Config config;
    SourceFiles files;
    Diagnostics diags;
    std::string out;  // what the command prints on stdout (or writes to -o), only on success
    bool usage_error = false;  // the command line itself was wrong: exit 2, not 1
    bool incomplete = false;   // done, output written, but something is left for a person: exit 1
    std::optional<Project> project;
    std::optional<RevisionGraph> graph;
    // With deferred blocks, what parses them; after `project`, which it reads.
    std::unique_ptr<BlockParser> blocks;
    // What a command built and no longer reads, kept to the end of the run
    // with the session itself (which main never frees, as clang's
    // -disable-free): the plan, ops and SQL of 100,000 revisions took a tenth
    // of a run to free one by one, for nothing.
    template <class T>
    T& keep(T value) {
        auto kept_value = std::make_shared<T>(std::move(value));
        T& ref = *kept_value;
        kept_.push_back(std::move(kept_value));
        return ref;
    }

    // Reads and parses the revisions and builds the graph; false with
    // diagnostics when any of it fails. Commands that never look at the
    // statements ask for the headers only; with `defer_blocks`, the blocks
    // are parsed beside the graph and the check (`blocks`).
    bool load_graph(ParseDepth depth = ParseDepth::Full, bool defer_blocks = false);
    // Every block parsed and its diagnostics in `diags`: before anything
    // reads all of the diagnostics (main does it before reporting).
    void settle();

private:
    std::vector<std::shared_ptr<void>> kept_;
};

// A command: fills session.out and returns false after reporting errors.
using Command = bool (*)(Session&);

bool run_upgrade(Session& s);
bool run_downgrade(Session& s);
bool run_stamp(Session& s);
bool run_history(Session& s);   // commands/history.cpp
bool run_heads(Session& s);     // commands/heads.cpp
bool run_branches(Session& s);  // commands/heads.cpp
bool run_show(Session& s);      // commands/show.cpp
bool run_revision(Session& s);  // commands/revision.cpp
bool run_merge(Session& s);     // commands/revision.cpp
bool run_graph(Session& s);     // commands/graph.cpp
bool run_schema(Session& s);    // commands/schema.cpp
bool run_verify(Session& s);    // commands/verify.cpp
bool run_import(Session& s);    // commands/import.cpp

}  // namespace migc
