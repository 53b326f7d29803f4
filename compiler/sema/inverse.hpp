// Derived downgrades (SPEC 2): the exact inverse of a checked op, computed
// from what the op recorded (previous types, defaults, full definitions of
// what it dropped), never by looking at the AST again.
#pragma once

#include <optional>
#include <vector>

#include "compiler/sema/ir.hpp"

namespace migc {

// The ops that undo `op`, in the order they run; nullopt when the op cannot
// be undone (data changes, raw SQL, a new enum label). Derived ops carry no
// source location.
std::optional<std::vector<ir::Op>> invert(const ir::Op& op);

}  // namespace migc
