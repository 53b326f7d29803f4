// Script framing (SPEC 4, 4.1): the header, the session setup, transactions
// and what runs outside them, the version table and its rows, around the SQL
// of every op. Every decision is the dialect's (placement, commit_between,
// wrap_transaction); this file only orders what the dialect decided. It
// knows nothing of revisions beyond the comment and the rows of each step.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "dialects/dialect.hpp"

namespace migc {

// One revision (or stamp) of the script: its `-- Running` comment, its ops,
// then its version-row changes.
struct ScriptStep {
    std::string comment;  // comment lines, `-- ` included
    std::span<const ir::Op> ops;
    std::span<const VersionRowChange> rows;
};

// One step's SQL as the dialect writes it, every statement terminated: each
// op's statements, then the version-row changes, in one buffer (a step costs
// two allocations, whatever it holds); with the diagnostics of the emission,
// which the framing reports in step order.
struct EmittedStep {
    static constexpr std::uint32_t kRow = static_cast<std::uint32_t>(-1);
    struct Piece {
        std::uint32_t op;  // index into the step's ops; kRow: a version-row change
        std::uint32_t begin, size;  // in `text`
        SqlStatement::Kind kind;
    };
    std::string text;
    std::vector<Piece> pieces;  // in script order
    Diagnostics diags;
    std::string_view text_of(const Piece& p) const { return std::string_view(text).substr(p.begin, p.size); }
};

// Emission is pure (ops in, SQL out): any thread may emit any step, e.g. each
// one as soon as it is checked.
EmittedStep emit_step(const Dialect& dialect, const VersionTable& table, std::span<const ir::Op> ops,
                      std::span<const VersionRowChange> rows);

struct ScriptInput {
    ScriptHeader header;
    VersionTable version_table;
    bool create_version_table = false;       // the run starts at base
    bool purge_version_table = false;        // stamp --purge
    bool transaction_per_migration = false;  // each step opens a transaction of its own
    std::vector<ScriptStep> steps;           // upgrade / downgrade steps
    std::vector<ScriptStep> stamps;          // stamp steps: rows only, in the same transaction
    // Per step, when emitted beforehand (beside the check); otherwise the
    // framing emits every step itself, on every core.
    std::vector<EmittedStep> emitted;
};

// The whole script, or nullopt with every problem in diags. The steps' SQL
// is left in `input.emitted` (emitted here when it was not beforehand): the
// caller decides when to free it.
std::optional<std::string> frame_script(const Dialect& dialect, ScriptInput& input, Diagnostics& diags);

}  // namespace migc
