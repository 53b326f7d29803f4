// The built-in type names of the language (SPEC 2.2), for "did you mean"
// suggestions wherever a type name is unknown.
#pragma once

#include <string>
#include <vector>

namespace migc::grammar {

inline const std::vector<std::string>& builtin_type_names() {
    static const std::vector<std::string> names{"smallint", "integer", "int", "bigint", "string", "varchar", "text",
                                                "boolean", "bool", "numeric", "decimal", "real", "double", "date",
                                                "time", "timestamp", "timestamptz", "uuid", "json", "jsonb", "bytes"};
    return names;
}

}  // namespace migc::grammar
