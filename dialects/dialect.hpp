// The dialect interface: how one migc statement becomes SQL text for one
// database. Every dialect difference lives behind this interface; the compiler
// never asks which dialect it is talking to.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diagnostics.hpp"
#include "compiler/sema/ir.hpp"

namespace migc {

struct DialectOptions {
    std::string name = "postgresql";  // postgresql | sqlite
    int postgresql_major = 15;        // postgresql_version
    int postgresql_minor = 0;
    int sqlite_major = 3;             // sqlite_version = MAJOR.MINOR
    int sqlite_minor = 40;
};

// One piece of the output script.
struct SqlStatement {
    enum class Kind {
        Statement,  // SQL, written with its ';' and a blank line
        Comment,    // `-- text` lines, written as they are, then a blank line
    };
    Kind kind = Kind::Statement;
    std::string text;
    bool outside_transaction = false;  // COMMIT before, BEGIN after (CONCURRENTLY ...)
};

// Where a dialect reports what its engine cannot do (never a name error:
// names were resolved by the check phase).
struct EmitContext {
    Diagnostics& diags;
    std::optional<Location> where;  // the op being emitted, when the user wrote it
};

class Dialect {
public:
    virtual ~Dialect() = default;

    virtual std::string_view name() const = 0;  // "postgresql" / "sqlite"
    virtual std::string header_target() const = 0;  // "postgresql 15"
    virtual std::string run_hint() const = 0;       // how to run a script safely (SPEC 4.5)

    // Engine facts the check phase needs.
    virtual std::size_t max_identifier_bytes() const = 0;        // 0: no limit
    virtual std::vector<std::string> builtin_schemas() const = 0;  // exist without `create schema`

    // SQL for one checked op, or nothing with an error in diags.
    virtual std::vector<SqlStatement> emit(const ir::Op& op, Diagnostics& diags) const = 0;

    // Script framing.
    virtual std::vector<SqlStatement> create_version_table(const std::string& table, const std::string& schema) const = 0;
    virtual std::string begin_transaction() const { return "BEGIN;"; }
    virtual std::string commit_transaction() const { return "COMMIT;"; }

    virtual std::string quote_identifier(std::string_view name) const = 0;
    virtual std::string render_string_literal(std::string_view text) const = 0;
};

std::unique_ptr<Dialect> make_dialect(const DialectOptions& options);

// Text as `-- ` comment lines (both engines read `--` to the end of a line),
// without trailing white space.
std::string sql_comment(std::string_view text);

}  // namespace migc
