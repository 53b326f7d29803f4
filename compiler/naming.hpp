// Deterministic names for unnamed constraints (SPEC 2.1, 2.4): SQLAlchemy's
// recommended naming convention. Dialect-free.
#pragma once

#include <string>

namespace migc::naming {

inline std::string primary_key(const std::string& table) { return "pk_" + table; }
inline std::string unique(const std::string& table, const std::string& col0) { return "uq_" + table + "_" + col0; }
inline std::string foreign_key(const std::string& table, const std::string& col0, const std::string& reftable) {
    return "fk_" + table + "_" + col0 + "_" + reftable;
}
inline std::string column_check(const std::string& table, const std::string& column) { return "ck_" + table + "_" + column; }
inline std::string enum_check(const std::string& table, const std::string& column) {
    return "ck_" + table + "_" + column + "_enum";
}

}  // namespace migc::naming
