// The in-memory schema at one point of the history (SPEC 5): schemas, tables,
// indexes and enum types, keyed by (schema, name) as the engines key them
// (NameMap: found by hash, listed in key order).
// Checked IR ops are replayed into it in plan order (apply() trusts the check
// phase: it never reports). It never produces SQL.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "compiler/sema/ir.hpp"
#include "compiler/sema/name_map.hpp"

namespace migc {

struct SchemaModel {
    std::set<std::string> schemas;  // created by the history; the default schema is implicit
    NameMap<ir::Table> tables;
    NameMap<ir::Index> indexes;
    NameMap<ir::Enum> enums;

    // Lookups derived from the objects above, kept in step by apply() so that
    // a check costs O(1), not a scan of every table (replay stays linear).
    NameMap<ir::ObjectName> key_names;             // (schema, pk/unique name) -> its table
    NameMap<std::set<ir::ObjectName>> index_names;  // table -> its indexes, in name order
    NameMap<std::set<ir::ObjectName>> referrers;    // table -> tables whose foreign keys name it, in name order

    const ir::Table* find_table(const ir::ObjectName& name) const;
    ir::Table* find_table(const ir::ObjectName& name);
    const ir::Enum* find_enum(const ir::ObjectName& name) const;
    // The indexes on a table, in name order.
    std::vector<ir::Index> indexes_on(const ir::ObjectName& table) const;

    // Replays one checked op.
    void apply(const ir::Op& op);

    // Drop / re-add a table's entries in key_names and referrers (apply() does).
    void forget(const ir::ObjectName& table);
    void remember(const ir::ObjectName& table);
    // The same for one constraint of `table`, without touching the others'
    // (`table_now`: the table once the constraint is gone).
    void remember(const ir::ObjectName& table, const ir::Constraint& k);
    void forget(const ir::ObjectName& table, const ir::Constraint& k, const ir::Table& table_now);
};

}  // namespace migc
