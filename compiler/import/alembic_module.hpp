// An Alembic migration module, read without running it: the docstring, the
// module-level assignments (revision, down_revision, branch_labels,
// depends_on, sa.table(...) definitions) and the statements of upgrade() and
// downgrade(). Statements outside the small subset kept here are Other nodes
// with their span, for the converter to report.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/import/python_expr.hpp"

namespace migc::pyimport {

struct Stmt {
    enum class Kind { Expr, Assign, With, Pass, Import, Raise, Other };
    Kind kind = Kind::Other;
    std::uint32_t begin = 0, end = 0;
    Expr expr;               // Expr: the expression; Assign: the value; With: the context manager
    std::string target;      // Assign: the name; With: the `as` name (may be empty)
    std::vector<Stmt> body;  // With
};

struct Function {
    bool present = false;
    std::uint32_t begin = 0;  // the `def`
    std::vector<Stmt> body;
};

struct AlembicModule {
    std::optional<std::string> docstring;
    std::map<std::string, Expr> assigns;  // module level, the last one wins
    std::map<std::string, std::uint32_t> assign_at;
    Function upgrade, downgrade;
    std::optional<LexError> error;  // the text is not Python migc can read
};

AlembicModule read_alembic_module(std::string_view source);

}  // namespace migc::pyimport
