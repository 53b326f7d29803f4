// Deterministic names for unnamed constraints (SPEC 2.1, 2.4): SQLAlchemy's
// recommended naming convention, shortened as SQLAlchemy shortens convention
// names when they exceed the target's identifier limit.
#pragma once

#include <cstddef>
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

// A generated name longer than `limit` bytes (0: no limit) becomes its first
// `limit - 8` bytes, '_', and the last 4 hex digits of the MD5 of the full
// name, so two long names never collide (SQLAlchemy's rule).
std::string shorten(const std::string& name, std::size_t limit);

}  // namespace migc::naming
