// `verify` and the engine tests walk a history one revision at a time: up
// from START to END, then down again. This builds that walk: every step's
// own script (framed as `upgrade PREV:REV` / `downgrade REV:PREV` would be),
// its ops, the model the database must match before and after it, and the
// version table's rows after it, computed from the graph (not from the
// scripts' row statements, which are what is checked).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/plan/planner.hpp"
#include "compiler/session.hpp"
#include "dialects/dialect.hpp"

namespace migc {

struct VerifyStep {
    std::size_t revision = 0;
    bool upgrade = true;
    bool checked = true;                   // false: a step that only brings the database up to START
    std::string title;                     // "upgrade a1 -> b2", "downgrade b2 -> a1"
    std::string script;                    // the step's SQL
    std::vector<ir::Op> ops;               // the step's checked ops
    std::size_t before = 0, after = 0;     // indices into VerifyWalk::models
    std::vector<std::string> heads_after;  // the version table's rows after the step, sorted
};

struct VerifyWalk {
    std::vector<SchemaModel> models;  // models[0] is base (empty)
    std::vector<VerifyStep> steps;
    std::string range;                   // "base -> heads -> base", as given
    std::optional<std::string> stopped;  // why the walk down stops above START (an irreversible revision)
};

// `range`: "" (base to the heads and back), "TARGET" (base to TARGET and
// back) or "START:END" (up to START unchecked, then START to END and back).
std::optional<VerifyWalk> plan_verify_walk(Session& s, const Dialect& dialect, const std::string& range);

}  // namespace migc
