// SqlDialect: the SQL every supported database shares, with one virtual per
// statement kind and per literal/type family. PostgreSqlDialect and
// SqliteDialect override only what differs (Alembic's DefaultImpl pattern).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dialects/dialect.hpp"

namespace migc {

class SqlDialect : public Dialect {
public:
    explicit SqlDialect(DialectOptions options) : options_(std::move(options)) {}

    std::vector<SqlStatement> emit(const ast::Statement& stmt, const EmitContext& ctx) const override;
    std::vector<SqlStatement> create_version_table(const std::string& table, const std::string& schema) const override;
    std::string quote_identifier(std::string_view name) const override;
    std::string render_string_literal(std::string_view text) const override;

    // Statement emitters; `out` collects the pieces in order. Public so that
    // the statement visitor can reach them; not part of the Dialect interface.
    using Out = std::vector<SqlStatement>;
    virtual void create_table(Out& out, const ast::CreateTable& s, const EmitContext& ctx) const;
    virtual void drop_table(Out& out, const ast::DropTable& s, const EmitContext& ctx) const;
    virtual void rename_table(Out& out, const ast::RenameTable& s, const EmitContext& ctx) const;
    virtual void alter_table(Out& out, const ast::AlterTable& s, const EmitContext& ctx) const = 0;
    virtual void comment_on_table(Out& out, const ast::CommentOnTable& s, const EmitContext& ctx) const = 0;
    virtual void comment_on_column(Out& out, const ast::CommentOnColumn& s, const EmitContext& ctx) const = 0;
    virtual void create_index(Out& out, const ast::CreateIndex& s, const EmitContext& ctx) const = 0;
    virtual void drop_index(Out& out, const ast::DropIndex& s, const EmitContext& ctx) const = 0;
    virtual void create_enum(Out& out, const ast::CreateEnum& s, const EmitContext& ctx) const = 0;
    virtual void alter_enum_add_value(Out& out, const ast::AlterEnumAddValue& s, const EmitContext& ctx) const = 0;
    virtual void drop_type(Out& out, const ast::DropType& s, const EmitContext& ctx) const = 0;
    virtual void create_schema(Out& out, const ast::CreateSchema& s, const EmitContext& ctx) const = 0;
    virtual void drop_schema(Out& out, const ast::DropSchema& s, const EmitContext& ctx) const = 0;
    virtual void insert(Out& out, const ast::Insert& s, const EmitContext& ctx) const;
    virtual void update(Out& out, const ast::Update& s, const EmitContext& ctx) const = 0;
    virtual void delete_rows(Out& out, const ast::Delete& s, const EmitContext& ctx) const;
    virtual void execute(Out& out, const ast::Execute& s, const EmitContext& ctx) const;

protected:
    // --- hooks ---------------------------------------------------------------
    virtual bool is_reserved(std::string_view lower_word) const = 0;
    virtual std::string render_boolean(bool value) const = 0;
    virtual std::string render_typed_literal(const ast::Literal& lit) const = 0;  // date/time/timestamp[tz]
    virtual std::string render_bytes(std::string_view hex) const = 0;
    // SQL type of a column or cast; nullopt with a diagnostic when impossible.
    virtual std::optional<std::string> render_type(const ast::Type& type, const EmitContext& ctx) const = 0;
    // The dialect's text of a raw piece (`execute`, `sql$$`, `postgresql$$ sqlite$$`).
    virtual const std::optional<std::string>& raw_for_dialect(const std::optional<std::string>& postgresql,
                                                             const std::optional<std::string>& sqlite) const = 0;

    // One column of CREATE TABLE / ADD COLUMN: its inline spec and the table
    // constraints it implies (pk/unique/fk/check, named by the convention).
    struct ColumnConstraint {
        std::string table_form;   // `CONSTRAINT n FOREIGN KEY (c) REFERENCES ...` in CREATE TABLE
        std::string column_form;  // `CONSTRAINT n REFERENCES ...` inline in ADD COLUMN
    };
    struct ColumnSql {
        std::string spec;
        std::vector<ColumnConstraint> constraints;
        bool inline_primary_key = false;  // SQLite identity: PRIMARY KEY written on the column
    };
    virtual std::optional<ColumnSql> column_sql(const ast::ColumnDef& col, const ast::QualifiedName& table,
                                                const EmitContext& ctx) const;

    // --- shared building blocks --------------------------------------------
    std::string qname(const ast::QualifiedName& name) const;
    std::string ident(const ast::Name& name) const { return quote_identifier(name.text); }
    std::string column_list(const std::vector<ast::Name>& cols) const;
    std::optional<std::string> expr(const ast::Expr& e, const EmitContext& ctx) const;
    std::optional<std::string> default_clause(const ast::Expr& e, const EmitContext& ctx) const;
    std::string literal(const ast::Literal& lit) const;
    std::optional<std::string> table_constraint(const ast::TableConstraint& c, const ast::QualifiedName& table,
                                                const EmitContext& ctx) const;
    std::string foreign_key_tail(const ast::ForeignKeyRef& ref) const;
    // The labels of the enum a Named type stands for, or an error at the type.
    static const std::vector<std::string>* enum_labels(const ast::Type& type, const EmitContext& ctx);
    // A raw type's text for this dialect, or an error at the type.
    std::optional<std::string> raw_type(const ast::Type& type, const EmitContext& ctx) const;
    std::optional<std::string> raw_text(const std::optional<std::string>& all,
                                        const std::optional<std::string>& postgresql,
                                        const std::optional<std::string>& sqlite, ast::Span span,
                                        const EmitContext& ctx, std::string_view what) const;
    static Location at(const EmitContext& ctx, ast::Span span) { return {ctx.file, span.begin, span.end}; }
    static void statement(Out& out, std::string text, bool outside_transaction = false) {
        out.push_back({SqlStatement::Kind::Statement, std::move(text), outside_transaction});
    }
    static void comment(Out& out, std::string_view text);

    DialectOptions options_;
};

std::unique_ptr<Dialect> make_postgresql_dialect(const DialectOptions& options);
std::unique_ptr<Dialect> make_sqlite_dialect(const DialectOptions& options);

}  // namespace migc
