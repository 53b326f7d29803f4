// A project on disk (SPEC 1): finding, reading and parsing the revision files
// in sorted path order, and the digest of what was read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compiler/config.hpp"
#include "compiler/diagnostics.hpp"
#include "compiler/revision_graph.hpp"
#include "grammar/ast.hpp"
#include "grammar/parser.hpp"

namespace migc {

struct Project {
    std::string versions_dir;                 // as shown to the user: relative, no absolute paths
    std::vector<FileId> files;                // one per revision, sorted by path
    std::vector<ast::RevisionFile> revisions;  // parallel to `files`
    std::vector<RevisionHeader> headers;       // parallel to `files`; moved into the graph when it is built
    std::string source_digest;  // empty until a command that writes a script sets it (source_digest below)
    // Revisions whose body has syntax errors (their header is sound): what
    // parsed is kept, so the other files are still checked; the run fails.
    std::vector<std::uint8_t> broken;          // parallel to `files`; bytes: set from several threads
    // Loaded with deferred blocks: where each file's blocks begin (for a
    // BlockParser, compiler/block_parser.hpp); empty otherwise.
    std::vector<std::uint32_t> blocks_at;
};

// How much of each file a command needs: the graph commands read headers only;
// an upgrade never looks at a downgrade block, which is parsed (its syntax
// errors are still errors) and dropped at once, halving what the AST holds.
enum class ParseDepth { Headers, UpgradeBlocks, Full };

// Reads and parses every `<script_location>/versions/*.mig`, on every core,
// with the diagnostics in file order as a sequential run would give them.
// Parse errors of every file are reported; nullopt if a file could not be read
// or has no sound header (the graph cannot be built then). With
// `defer_blocks`, only the headers are parsed when they are all sound: the
// blocks are left for a BlockParser (`blocks_at`), and every revision counts
// as broken until it parsed.
std::optional<Project> load_project(const Config& config, const grammar::Variables& vars, SourceFiles& files,
                                    Diagnostics& diags, ParseDepth depth = ParseDepth::Full, bool defer_blocks = false);

// Frees revision `rev`'s upgrade (or downgrade) statements: nothing reads
// them once checked (or, for an upgrade, once a downgrade block is parsed).
void free_block(Project& project, std::size_t rev, bool upgrade);

// The header the revision graph needs, with locations into the file.
RevisionHeader revision_header(const ast::RevisionFile& rev, FileId file);

// SHA-256 over every file's name (in versions/) and text, in path order, for
// a script's header; only scripts need it, so it is not computed on loading.
std::string source_digest(const Project& project, const SourceFiles& files);

// Lower-case hex SHA-256 (OpenSSL).
std::string sha256_hex(std::string_view data);

}  // namespace migc
