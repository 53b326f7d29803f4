// The plan: what a command will do, in order, as Alembic's walk decides it.
// Revisions and version rows only: no statements, no SQL, no dialect.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace migc {

// A change to the version table, applied after a step's own statements.
struct VersionRowChange {
    enum class Kind { Insert, Update, Delete };
    Kind kind = Kind::Insert;
    std::string from;  // Update, Delete
    std::string to;    // Insert, Update
};

struct Step {
    std::size_t revision = 0;    // index into RevisionGraph::revisions()
    bool upgrade = true;
    std::vector<std::string> from;  // "-- Running upgrade <from> -> <to>": upgrade: the parents
    std::vector<std::string> to;    // (revises only, no depends_on); downgrade: the reverse
    std::vector<VersionRowChange> rows;
};

// What a command will do, in order. An upgrade or downgrade fills `steps`;
// a stamp fills `stamps`: one per destination (or per head deleted), as
// Alembic's StampStep ("-- Running stamp_revision <from> -> <to>"), whose
// `revision` is the destination and which runs no statements.
struct Plan {
    bool upgrade = true;
    bool from_base = false;  // the run starts with no current heads: create the version table
    std::vector<std::string> start;  // current heads before (resolved ids)
    std::vector<std::string> end;    // current heads after
    std::vector<Step> steps;
    std::vector<Step> stamps;
};

}  // namespace migc
