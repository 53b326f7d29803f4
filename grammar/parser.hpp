// The migc language parser (SPEC 2): the only entry points into the grammar.
// Everything Spirit-related stays in parser_def.hpp / parser.cpp, so including
// this header costs nothing to compile.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compiler/diagnostics.hpp"
#include "grammar/ast.hpp"

namespace migc::grammar {

// -x key=value pairs; `${key}` stands for an identifier or a literal.
using Variables = std::map<std::string, std::string>;

// Parses one revision file (header, upgrade block, downgrade block). Every
// syntax error it can find goes into `diags` with its location (it recovers at
// the next statement); returns nullopt when there was any.
// When the header parsed but something after it did not, `partial` (if
// given) receives the header and every statement that parsed.
// With `header_only`, the blocks are not parsed (nor checked): for commands
// that read the graph only.
std::optional<ast::RevisionFile> parse_revision_file(const SourceFiles& files, FileId file,
                                                     const Variables& vars, Diagnostics& diags,
                                                     ast::RevisionFile* partial = nullptr, bool header_only = false);

// The same parse in two halves, for a loader that builds the graph while the
// blocks are parsed elsewhere; together they report exactly what
// parse_revision_file does. The header (and the file's encoding) first: where
// the blocks begin, or nullopt when the header has errors (then the blocks'
// errors are reported at once too: the file is unusable).
std::optional<std::uint32_t> parse_revision_header(const SourceFiles& files, FileId file, const Variables& vars,
                                                   Diagnostics& diags, ast::RevisionFile& out);
// Then the blocks from `blocks_at` into the same `rev`; false after a syntax
// error (what parsed is in `rev`).
bool parse_revision_blocks(const SourceFiles& files, FileId file, const Variables& vars, Diagnostics& diags,
                           ast::RevisionFile& rev, std::uint32_t blocks_at);

// Parses a bare list of statements (schema.mig, tests).
std::optional<std::vector<ast::Statement>> parse_statements(const SourceFiles& files, FileId file,
                                                            const Variables& vars, Diagnostics& diags);

}  // namespace migc::grammar
