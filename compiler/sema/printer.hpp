// Checked IR printed back as migc source: types, expressions, literals, names,
// and a whole schema model as canonical `create` statements (`migc schema`,
// later check/autogenerate and fmt). What it prints parses and checks back to
// the same model.
#pragma once

#include <string>

#include "compiler/sema/ir.hpp"
#include "compiler/sema/schema_model.hpp"

namespace migc::print {

std::string name(const std::string& identifier);  // quoted when it must be: "Mixed Case"
std::string object(const ir::ObjectName& name);
std::string type(const ir::Type& t);
std::string literal(const ir::Literal& lit);
std::string expr(const ir::Expr& e);

// The model as migc statements: schemas, enum types, tables (referenced
// tables first), indexes.
std::string schema_sql(const SchemaModel& model);
// The model as JSON (what engine verification compares catalogs with).
std::string schema_json(const SchemaModel& model);

}  // namespace migc::print
