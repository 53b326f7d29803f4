// The dialect interface: how checked IR ops become SQL text for one database,
// and how a script around them is framed (transactions, what runs outside
// them, session setup, the version table, the header). Every engine decision
// lives behind this interface; the compiler never asks which dialect it is
// talking to. Dialects are found by name in a registry (make_dialect).
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diagnostics.hpp"
#include "compiler/plan/plan.hpp"
#include "compiler/sema/ir.hpp"

namespace migc {

struct DialectOptions {
    std::string name = "postgresql";  // a registered name (dialect_names())
    int postgresql_major = 15;        // postgresql_version
    int postgresql_minor = 0;
    int sqlite_major = 3;  // sqlite_version = MAJOR.MINOR
    int sqlite_minor = 40;
};

// Facts about the target engine: plain data that the shared code (and the
// check phase) reads, no behaviour.
struct EngineFacts {
    std::string name;                          // "postgresql" / "sqlite"
    std::string target;                        // the header's "postgresql 15" / "sqlite 3.40"
    std::string run_hint;                      // how to run a script safely (SPEC 4.5)
    std::size_t max_identifier_bytes = 0;      // 0: no limit
    std::vector<std::string> builtin_schemas;  // exist without `create schema`
    std::vector<std::string> session_setup;    // statements before the first BEGIN (what the script relies on)
    bool dollar_quotes = false;                // raw text may hold $tag$ ... $tag$ strings
    bool escape_strings = false;               // E'...' strings, where a backslash escapes a quote
    // ALTER TABLE is emitted from the whole table before and after (a SQLite
    // rebuild); otherwise sema spares those copies, one per alter.
    bool alter_needs_tables = false;
};

// One piece of SQL for one op.
struct SqlStatement {
    enum class Kind {
        Statement,  // SQL, written with its ';' and a blank line
        Comment,    // `-- text` lines, written as they are, then a blank line
    };
    Kind kind = Kind::Statement;
    std::string text;
};

// Where an op's statements run.
enum class Placement {
    InTransaction,       // inside the script's (or the revision's) transaction
    OutsideTransaction,  // after a COMMIT, in autocommit (CONCURRENTLY, batched updates ...)
};

// Statements a dialect puts around one transaction, given the ops it holds.
struct TransactionWrap {
    std::vector<SqlStatement> before_begin, before_commit, after_commit;
};

// Where a dialect reports what its engine cannot do (never a name error:
// names were resolved by the check phase).
struct EmitContext {
    Diagnostics& diags;
    std::optional<Location> where;  // the op being emitted, when the user wrote it
};

struct VersionTable {
    std::string name;
    std::string schema;  // "" = the default schema
};

// The first lines of a script (SPEC 4).
struct ScriptHeader {
    std::string migc_version;
    std::string command;   // upgrade / downgrade / stamp
    std::string from, to;  // "base" or comma-joined revision ids
    std::size_t revisions = 0;
    std::string source_digest;
};

class Dialect {
public:
    virtual ~Dialect() = default;

    virtual const EngineFacts& facts() const = 0;
    std::string_view name() const { return facts().name; }

    // SQL for one checked op, or nothing with an error in diags.
    virtual std::vector<SqlStatement> emit(const ir::Op& op, Diagnostics& diags) const = 0;

    // --- framing decisions, on IR ops -------------------------------------------
    virtual Placement placement(const ir::Op&) const { return Placement::InTransaction; }
    // Why `later` cannot run in the transaction that ran `earlier` (the reason,
    // as a comment for the reader), or nothing: migc then commits after `earlier`.
    virtual std::optional<std::string> commit_between(const ir::Op& /*earlier*/, const ir::Op& /*later*/) const {
        return std::nullopt;
    }
    // False when commit_between(earlier, x) is nothing for every x: spares the
    // framing a scan of the rest of the transaction after each op.
    virtual bool may_commit_after(const ir::Op& /*earlier*/) const { return false; }
    // What goes around a transaction that holds `ops`.
    virtual TransactionWrap wrap_transaction(std::span<const ir::Op* const>) const { return {}; }

    // --- framing text -----------------------------------------------------------------
    virtual std::string header(const ScriptHeader& h) const = 0;
    virtual std::string begin_transaction() const { return "BEGIN"; }
    virtual std::string commit_transaction() const { return "COMMIT"; }
    virtual std::vector<SqlStatement> create_version_table(const VersionTable& table) const = 0;
    virtual std::string version_row(const VersionTable& table, const VersionRowChange& change) const = 0;
    virtual std::string purge_version_table(const VersionTable& table) const = 0;
    // A statement's text with its terminating ';' (on a line of its own when the
    // text ends in a `--` comment).
    std::string terminate(std::string_view statement) const {
        std::string out;
        append_terminated(out, statement);
        return out;
    }
    // The same, appended to `out` (emission: no copy of the statement's own).
    virtual void append_terminated(std::string& out, std::string_view statement) const = 0;

    virtual std::string quote_identifier(std::string_view name) const = 0;
    virtual std::string render_string_literal(std::string_view text) const = 0;
    // An expression as this dialect writes it: in a column's DEFAULT clause
    // (`as_default`) or anywhere else (checks, index expressions, predicates).
    // What `migc verify` compares an engine's catalog with.
    virtual std::optional<std::string> render_expression(const ir::Expr& e, bool as_default, Diagnostics& diags) const = 0;
};

// The registry: the dialect called `options.name` (or one of its aliases), or
// nullptr with an error that lists the known names.
std::unique_ptr<Dialect> make_dialect(const DialectOptions& options, Diagnostics& diags);
// The canonical name for `name` or an alias of it ("postgres" -> "postgresql"), or nullopt.
std::optional<std::string> canonical_dialect_name(std::string_view name);
// The registered names, in registry order ("postgresql, sqlite").
std::vector<std::string> dialect_names();

// Text as `-- ` comment lines (both engines read `--` to the end of a line),
// without trailing white space.
std::string sql_comment(std::string_view text);

}  // namespace migc
