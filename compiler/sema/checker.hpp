// The check phase: the only reader of the AST after parsing. It resolves every
// name of a statement against the schema model at that point of the history,
// reports what the engines would refuse (unknown or duplicate objects, foreign
// keys to nothing, wrong values), and turns the statement into checked IR
// ops, which it replays into the model as it goes.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "compiler/diagnostics.hpp"
#include "compiler/sema/ir.hpp"
#include "compiler/sema/schema_model.hpp"
#include "grammar/ast.hpp"

namespace migc {

// Facts about the target engine that decide what a name may be.
struct SemaOptions {
    std::size_t max_identifier_bytes = 0;       // 0: no limit (SQLite); PostgreSQL: 63
    std::vector<std::string> builtin_schemas;   // exist without `create schema` (public; main, temp)
    // Fill ir::AlterTable's before/after tables and indexes (only a dialect
    // that rebuilds tables reads them; copying them costs most of an alter).
    bool alter_snapshots = true;
};

class Checker {
public:
    Checker(SchemaModel& model, SemaOptions options, Diagnostics& diags)
        : model_(model), options_(std::move(options)), diags_(&diags) {}

    // Checks one statement of `file` and applies its ops to the model. Ops
    // come back even when there were errors (best effort, so that later
    // statements see what was meant); the caller looks at the diagnostics.
    std::vector<ir::Op> check(const ast::Statement& stmt, FileId file);

    // Where errors go from now on (a quiet sink for echoes of syntax errors).
    void report_to(Diagnostics& diags) { diags_ = &diags; }

private:
    struct Scope;  // the columns an expression may name
    friend struct StatementChecker;

    // --- names, types, expressions (check_exprs.cpp) -----------------------------
    Location at(ast::Span span) const { return {file_, span.begin, span.end}; }
    Diagnostic& error(DiagKind kind, ast::Span span, std::string message);
    // A date/time literal in its ISO 8601 form, or an error (naming `column` when it has one).
    bool literal_form_ok(const ir::Literal& lit, ast::Span span, const ir::Column* column = nullptr);
    void did_you_mean(Diagnostic& d, const std::string& word, const std::vector<std::string>& candidates) const;
    ir::ObjectName object(const ast::QualifiedName& name) const;
    bool check_schema(const ast::QualifiedName& name);
    bool check_length(const ast::Name& name, std::string_view what);
    std::string generated_name(const std::string& name) const;
    ir::Table* table_or_error(const ast::QualifiedName& name);
    const ir::Enum* enum_or_error(const ast::QualifiedName& name);
    const ir::Column* column_or_error(const ir::Table& table, const ast::Name& column);
    std::optional<ir::Type> type(const ast::Type& t);
    ir::Literal literal(const ast::Literal& lit) const;
    std::optional<ir::Expr> expr(const ast::Expr& e, const ir::Table* scope, std::string_view context);
    // A value bound for a column (insert, update set, execute parameters):
    // typed by the column where it is a literal.
    std::optional<ir::Expr> value(const ast::Expr& e, const ir::Column* column, const ir::Table* scope);

    // --- constraints (check_statements.cpp) ---------------------------------------
    std::optional<ir::Constraint> foreign_key(const ast::ForeignKeyRef& ref, std::vector<std::string> columns,
                                              const ir::Table& table, std::string name, ast::Span span);
    bool check_constraint_name(const ir::Table& table, const ir::Constraint& k, ast::Span span);
    bool relation_name_taken(const ir::ObjectName& name, ast::Span span, std::string_view what);

    SchemaModel& model_;
    SemaOptions options_;
    Diagnostics* diags_;
    FileId file_ = 0;
    bool saw_execute_ = false;  // raw SQL ran: the model may miss what it created
    // Old names of renamed tables and columns, for "it was renamed" notes.
    std::map<ir::ObjectName, std::string> renamed_tables_;
    std::map<std::pair<ir::ObjectName, std::string>, std::string> renamed_columns_;
};

}  // namespace migc
