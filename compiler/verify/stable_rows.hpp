// What a step must leave alone in the rows (`verify`, the engine tests): the
// columns of each table that exist, with the same type, before and after a
// step that writes no rows to that table. Their values must survive the step
// (a SQLite rebuild copies them; an ALTER keeps them).
#pragma once

#include <string>
#include <vector>

#include "compiler/sema/ir.hpp"
#include "compiler/sema/schema_model.hpp"

namespace migc::verify {

struct StableRows {
    ir::ObjectName table;
    std::vector<std::string> columns;  // in the table's order after the step
};

// Nothing when the step runs raw SQL (`execute`), which may change anything.
std::vector<StableRows> stable_rows(const std::vector<ir::Op>& ops, const SchemaModel& before,
                                    const SchemaModel& after);

// The table an op changes, if it names one (for locating a difference).
std::vector<ir::ObjectName> tables_of(const ir::Op& op);

}  // namespace migc::verify
