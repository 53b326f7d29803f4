// The in-memory schema at one point of the history (SPEC 5). Statements are
// replayed into it in plan order; dialects read it (enum labels for SQLite
// CHECKs, table shapes for rebuilds). It never produces SQL itself.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "grammar/ast.hpp"

namespace migc {

// "schema.name" or "name": the key of every object in the model.
std::string qualified_key(const ast::QualifiedName& name);

struct ColumnModel {
    std::string name;
    ast::Type type;
    bool nullable = true;
};

struct TableModel {
    std::string name;  // key
    std::vector<ColumnModel> columns;
    std::vector<std::string> primary_key;  // column names, in key order
    const ColumnModel* find_column(const std::string& column) const;
};

struct SchemaModel {
    std::map<std::string, std::vector<std::string>> enums;  // key -> labels in order
    std::map<std::string, TableModel> tables;

    const std::vector<std::string>* find_enum(const ast::QualifiedName& name) const;

    // Replays one statement. Statements on objects the model does not know are
    // left alone here; compile-time checks are a separate pass.
    void apply(const ast::Statement& stmt);
};

}  // namespace migc
