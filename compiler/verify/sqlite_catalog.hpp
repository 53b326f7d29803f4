// SQLite's side of verification: the catalog a SQLite database holds, read
// through sqlite_schema and the table_info pragma, and the catalog the schema
// model says it should hold, both as verify::Catalog. Column types follow the
// table of SPEC 2.2 written out here (not the dialect's code: that is what is
// being checked); expressions (defaults, checks, index expressions and
// predicates) are the dialect's rendering, compared token by token.
#pragma once

#include <sqlite3.h>

#include <optional>
#include <string>
#include <vector>

#include "compiler/diagnostics.hpp"
#include "compiler/sema/schema_model.hpp"
#include "compiler/verify/catalog.hpp"
#include "dialects/dialect.hpp"

namespace migc::verify {

// The catalog `model` means on SQLite; nullopt with diags when the dialect
// cannot render an expression of it.
std::optional<Catalog> expected_sqlite_catalog(const SchemaModel& model, const Dialect& sqlite, Diagnostics& diags);

// The catalog of `db`: every table but SQLite's own and `version_table`, its
// columns, keys, constraints and indexes. nullopt with `error` when SQLite
// refuses a query.
std::optional<Catalog> read_sqlite_catalog(sqlite3* db, const std::string& version_table, std::string& error);

// Every row of `columns` of `table`, each as its values quoted by SQLite's
// quote() (so 1, '1' and X'01' differ), sorted.
std::optional<std::vector<std::string>> read_rows(sqlite3* db, const std::string& table,
                                                  const std::vector<std::string>& columns, std::string& error);

// The rows of the version table (sorted), or nullopt when it does not exist.
std::optional<std::vector<std::string>> read_version_rows(sqlite3* db, const std::string& version_table,
                                                          std::string& error);

// A name quoted for a query ("a""b").
std::string quote_name(const std::string& name);

}  // namespace migc::verify
