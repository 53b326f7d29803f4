// SQLite: types, literals, the statements SQLite writes its own way, and the
// table rebuilds for what its ALTER TABLE cannot do (sqlite_rebuild.cpp).
// Declared here so that the rebuild can live in a file of its own.
#pragma once

#include <string>
#include <vector>

#include "dialects/sql_dialect.hpp"
#include "dialects/sqlite_rebuild.hpp"

namespace migc {

class SqliteDialect final : public SqlDialect {
public:
    explicit SqliteDialect(const DialectOptions& options);

    // A transaction that rebuilds a table runs with foreign keys off and
    // checks them all before its COMMIT (sqlite_rebuild.cpp).
    TransactionWrap wrap_transaction(std::span<const ir::Op* const> ops) const override;

    // CR and other control characters reach the engine as char(N) (sqlite.cpp).
    std::string render_string_literal(std::string_view text) const override;
    // A name holding CR LF cannot pass the sqlite3 shell: the op is an error.
    std::string quote_identifier(std::string_view name) const override;
    std::vector<SqlStatement> emit(const ir::Op& op, Diagnostics& diags) const override;

protected:
    SqliteVersion version() const { return {options_.sqlite_major, options_.sqlite_minor}; }
    bool is_reserved(std::string_view w) const override;
    std::string render_boolean(bool v) const override { return v ? "1" : "0"; }
    std::string render_typed_literal(const ir::Literal& lit) const override { return render_string_literal(lit.text); }
    std::string render_bytes(std::string_view hex) const override;
    std::string render_uuid(std::string_view text) const override;
    std::string dialect_type(const ir::Type& t) const override;
    const std::optional<std::string>& raw_for_dialect(const std::optional<std::string>&,
                                                      const std::optional<std::string>& sqlite) const override {
        return sqlite;
    }
    bool identity_carries_primary_key() const override { return true; }
    std::optional<std::string> column_spec(const ir::Column& col, const EmitContext& ctx) const override;
    std::vector<ir::Constraint> column_extras(const ir::ObjectName& table, const ir::Column& col) const override;

    void alter_table(Out& out, const ir::AlterTable& s, const EmitContext& ctx) const override;
    // A table with an enum column is rebuilt after the rename: its CHECKs are
    // named after the table (ck_<table>_<column>_enum, SPEC 2.4).
    void rename_table(Out& out, const ir::RenameTable& s, const EmitContext& ctx) const override;
    void table_comment(Out& out, const ir::ObjectName& t, const std::optional<std::string>& text) const override;
    void column_comment(Out& out, const ir::ObjectName& t, const std::string& column,
                        const std::optional<std::string>& text) const override;
    std::pair<std::string, std::string> index_and_table(const ir::Index& index) const override;
    void create_enum(Out& out, const ir::CreateEnum& s, const EmitContext& ctx) const override;
    void add_enum_value(Out& out, const ir::AddEnumValue& s, const EmitContext& ctx) const override;
    void drop_enum(Out& out, const ir::DropEnum& s, const EmitContext& ctx) const override;
    void create_schema(Out& out, const ir::CreateSchema& s, const EmitContext& ctx) const override;
    void drop_schema(Out& out, const ir::DropSchema& s, const EmitContext& ctx) const override;

private:
    // The batch with SQLite's own ALTER TABLE statements, one per action.
    void alter_in_place(Out& out, const ir::AlterTable& s, const EmitContext& ctx) const;

    // --- sqlite_rebuild.cpp ---------------------------------------------------------
    // Why one action of a batch needs a rebuild at the target version, or nothing.
    std::optional<std::string> rebuild_reason(const ir::Op& action) const;
    // Does the op rebuild a table?
    bool rebuilds(const ir::Op& op) const;
    // The batch as one rebuild of its table.
    void rebuild_batch(Out& out, const ir::AlterTable& s, const std::vector<std::string>& reasons,
                       const EmitContext& ctx) const;
    // SQLite's 12-step procedure for one table: the new table from the model
    // under a temporary name, the rows copied, the old table dropped, the new
    // one renamed, its indexes created again.
    void rebuild_table(Out& out, const ir::Table& before, const ir::Table& after, const std::vector<ir::Index>& indexes,
                       const RebuildCopy& copy, const EmitContext& ctx) const;
};

}  // namespace migc
