// SQLite table rebuilds (SPEC 4.3): what SQLite's ALTER TABLE cannot do is
// done by SQLite's own 12-step procedure (sqlite.org/lang_altertable.html,
// "Making Other Kinds Of Table Schema Changes"), written from the schema
// model: CREATE TABLE _migc_tmp_T with the new definition, copy the rows,
// DROP TABLE T, ALTER TABLE _migc_tmp_T RENAME TO T, create T's indexes again.
// Renaming the new table (never the old one) is what keeps the foreign keys
// of other tables pointing at T. The statements are SqliteDialect members
// (sqlite_rebuild.cpp); this header holds the IR side: how the old rows
// fill the new table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/sema/ir.hpp"

namespace migc {

struct SqliteVersion {
    int major = 3, minor = 40;
    bool at_least(int ma, int mi) const { return major > ma || (major == ma && minor >= mi); }
};

// INSERT INTO new (columns) SELECT values FROM old: the new table's columns
// that take a value from the old rows, and that value over the old table's
// columns. A column the batch adds is not listed: it gets its default.
struct RebuildCopy {
    std::vector<std::string> columns;
    std::vector<ir::Expr> values;
};

// The copy for one `alter table` batch: columns are followed through the
// batch's renames (read under their old name), a type change with `using`
// reads its expression, a type change without one copies the value as it is
// (the column's affinity converts what converts without loss; SQLite's CAST
// would turn '2024-01-01' into 2024 for a DATETIME and 'abc' into 0 for an
// INTEGER). nullopt with `error` when the rows cannot be copied.
std::optional<RebuildCopy> rebuild_copy(const ir::AlterTable& batch, std::string& error);

// Every column copied as it is (an enum's labels change, the columns do not).
RebuildCopy identity_copy(const ir::Table& table);

}  // namespace migc
