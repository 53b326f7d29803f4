// Derived downgrades (SPEC 2): the exact inverse of a checked op, computed
// from what the op recorded (previous types, defaults, full definitions of
// what it dropped), never by looking at the AST again.
#pragma once

#include <optional>
#include <vector>

#include "compiler/sema/ir.hpp"

namespace migc {

// The ops that undo `op`, in the order they run; nullopt when the op cannot
// be undone (data changes, raw SQL, a new enum label). Derived ops carry the
// location of the statement they undo.
std::optional<std::vector<ir::Op>> invert(const ir::Op& op);

// The downgrade of a whole revision: the inverses of its ops, last first.
// A data change confined to what the revision itself creates (rows of a new
// table, a backfill of a new column) needs no inverse: dropping the object
// undoes it. On failure, `irreversible` names the first op that cannot be undone.
std::optional<std::vector<ir::Op>> invert_revision(const std::vector<ir::Op>& ops, const ir::Op** irreversible);

}  // namespace migc
