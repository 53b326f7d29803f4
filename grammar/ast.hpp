// The migc AST: plain data produced by the parser, one RevisionFile per .mig file.
// No logic lives here; every node carries the byte span it was parsed from so
// that any later stage can point a diagnostic at it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compiler/box.hpp"

namespace migc::ast {

// Byte offsets [begin, end) into the file the node came from.
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

// An identifier. `text` is the name as the database sees it: unquoted names
// keep the case they were written in, quoted ones ("Mixed Case") keep every
// character. A ${var} standing for a name is already substituted here.
struct Name {
    std::string text;
    Span span;
};

// `name` or `schema.name`.
struct QualifiedName {
    std::optional<Name> schema;
    Name name;
    Span span;
};

enum class LiteralKind {
    String,       // 'it''s'           text = it's (unescaped bytes)
    Integer,      // 42, -7            text = digits as written
    Decimal,      // 1.5, 1e3          text = as written
    Boolean,      // true / false      text = "true" / "false"
    Null,         // null
    Date,         // date '2025-01-01' text = the quoted content
    Time,         // time '10:00'
    Timestamp,    // timestamp '...'
    TimestampTz,  // timestamptz '...'
    Bytes,        // x'00ff'           text = hex digits as written
};

struct Literal {
    LiteralKind kind = LiteralKind::Null;
    std::string text;
    Span span;
};

struct Type {
    enum class Kind {
        SmallInt, Integer, BigInt,
        String,  // string(n) / varchar(n); length may be absent
        Text, Boolean,
        Numeric,  // numeric(p, s) / numeric(p) / numeric
        Real, Double,
        Date, Time, Timestamp, TimestampTz,
        Uuid, Json, Jsonb, Bytes,
        Named,  // a user type, e.g. an enum: `named`
        Raw,    // postgresql(TEXT) and/or sqlite(TEXT)
    };
    Kind kind = Kind::Text;
    std::optional<int> length;     // string(n)
    std::optional<int> precision;  // numeric(p, s)
    std::optional<int> scale;
    QualifiedName named;                        // Kind::Named
    std::optional<std::string> raw_postgresql;  // Kind::Raw
    std::optional<std::string> raw_sqlite;      // Kind::Raw
    Span span;
};

// Expressions of SPEC 2.3: one node type with a kind tag; children in `args`.
struct Expr {
    enum class Kind {
        Literal,   // lit
        Column,    // column (a bare or qualified name): name
        Unary,     // op in {"-", "not"}: args[0]
        Binary,    // op in {"=", "<>", "<", "<=", ">", ">=", "+", "-", "*", "/", "||", "and", "or", "like", "not like"}: args[0], args[1]
        IsNull,    // args[0] is null; negated => is not null
        In,        // args[0] in (args[1..]); negated => not in
        Between,   // args[0] between args[1] and args[2]; negated => not between
        Call,      // function `op` (lower-cased name) with args; now() and current_date included
        Cast,      // cast(args[0] as type)
        Raw,       // sql$$..$$ (raw_all) or postgresql$$..$$ sqlite$$..$$
        Paren,     // ( args[0] ) kept so output keeps the user's grouping
    };
    Kind kind = Kind::Literal;
    std::string op;
    bool negated = false;
    Literal lit;
    QualifiedName name;
    Box<Type> type;  // Cast
    std::optional<std::string> raw_all;
    std::optional<std::string> raw_postgresql;
    std::optional<std::string> raw_sqlite;
    std::vector<Expr> args;
    Span span;
};

enum class RefAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

struct ForeignKeyRef {
    QualifiedName table;
    std::vector<Name> columns;
    std::optional<RefAction> on_delete;
    std::optional<RefAction> on_update;
    bool deferrable = false;
    bool initially_deferred = false;
    Span span;
};

struct ColumnDef {
    Name name;
    Type type;
    bool primary_key = false;
    bool identity = false;
    std::optional<bool> nullable;  // `not null` => false, `null` => true, absent => nullopt
    bool unique = false;
    Box<Expr> default_value;
    Box<ForeignKeyRef> references;
    Box<Expr> check;
    std::optional<Literal> comment;
    Span span;
};

struct TableConstraint {
    enum class Kind { PrimaryKey, Unique, ForeignKey, Check };
    Kind kind = Kind::PrimaryKey;
    std::optional<Name> name;  // `constraint NAME`
    std::vector<Name> columns;  // PK / unique / FK local columns
    ForeignKeyRef references;   // ForeignKey
    Box<Expr> check;            // Check
    Span span;
};

// --- statements (SPEC 2.1) ---------------------------------------------------

struct CreateTable {
    bool if_not_exists = false;
    QualifiedName table;
    std::vector<ColumnDef> columns;
    std::vector<TableConstraint> constraints;
    std::optional<Literal> comment;
};

struct DropTable {
    bool if_exists = false;
    QualifiedName table;
};

struct RenameTable {
    QualifiedName table;
    Name new_name;
};

// alter table actions
struct AddColumn { ColumnDef column; };
struct DropColumn { Name column; };
struct RenameColumn { Name column; Name new_name; };
struct AlterColumnType { Name column; Type type; Box<Expr> using_expr; };
struct AlterColumnNullability { Name column; bool nullable = false; };  // set not null => false
struct AlterColumnDefault { Name column; Box<Expr> value; };    // empty => drop default
struct AlterColumnComment { Name column; Literal comment; };
struct AddConstraint { TableConstraint constraint; };
struct DropConstraint { Name name; };

struct AlterAction {
    std::variant<AddColumn, DropColumn, RenameColumn, AlterColumnType, AlterColumnNullability,
                 AlterColumnDefault, AlterColumnComment, AddConstraint, DropConstraint>
        node;
    Span span;
};

struct AlterTable {
    QualifiedName table;
    std::vector<AlterAction> actions;
};

struct CommentOnTable {
    QualifiedName table;
    Literal comment;
};

struct CommentOnColumn {
    QualifiedName table;
    Name column;
    Literal comment;
};

struct IndexElement {
    std::optional<Name> column;  // a column, or
    Box<Expr> expr;              // (EXPR)
    std::optional<bool> descending;  // asc => false, desc => true
    Span span;
};

struct CreateIndex {
    bool unique = false;
    bool concurrently = false;
    bool if_not_exists = false;
    QualifiedName name;
    QualifiedName table;
    std::vector<IndexElement> elements;
    Box<Expr> where;
};

struct DropIndex {
    bool concurrently = false;
    bool if_exists = false;
    QualifiedName name;
};

struct CreateEnum {
    QualifiedName name;
    std::vector<Literal> labels;
};

struct AlterEnumAddValue {
    QualifiedName name;
    Literal value;
    std::optional<Literal> before;
    std::optional<Literal> after;
};

struct DropType {
    QualifiedName name;
};

struct CreateSchema {
    bool if_not_exists = false;
    Name name;
};

struct DropSchema {
    bool if_exists = false;
    Name name;
    bool cascade = false;
};

struct Insert {
    QualifiedName table;
    std::vector<Name> columns;
    std::vector<std::vector<Expr>> rows;
};

struct Assignment {
    Name column;
    Expr value;
};

struct Update {
    QualifiedName table;
    std::vector<Assignment> assignments;
    Box<Expr> where;
    std::optional<std::int64_t> batch;
};

struct Delete {
    QualifiedName table;
    Box<Expr> where;
};

// execute $$..$$ | execute postgresql $$..$$ [sqlite $$..$$] [with (k = lit, ...)]
struct Execute {
    std::optional<std::string> all;  // text for every dialect
    std::optional<std::string> postgresql;
    std::optional<std::string> sqlite;
    std::vector<Assignment> params;  // :name placeholders bound as literals
};

struct Statement {
    std::variant<CreateTable, DropTable, RenameTable, AlterTable, CommentOnTable, CommentOnColumn,
                 CreateIndex, DropIndex, CreateEnum, AlterEnumAddValue, DropType, CreateSchema,
                 DropSchema, Insert, Update, Delete, Execute>
        node;
    Span span;  // from the first keyword to the terminating ';'
};

// --- the file ------------------------------------------------------------------

enum class DowngradeKind {
    Missing,       // no downgrade block: derive it from the schema model
    Block,         // downgrade { ... } (possibly empty: an explicit no-op)
    Irreversible,  // downgrade irreversible;
};

struct RevisionFile {
    Name revision;
    std::vector<Name> revises;  // empty: `revises none` (a base)
    Span revises_span;
    std::optional<Literal> message;
    std::vector<Name> labels;
    std::vector<Name> depends_on;
    std::optional<Literal> created;  // as written, informational
    bool has_upgrade = false;        // a merge may have no blocks at all
    std::vector<Statement> upgrade;
    Span upgrade_span;
    DowngradeKind downgrade_kind = DowngradeKind::Missing;
    std::vector<Statement> downgrade;
    Span downgrade_span;
};

}  // namespace migc::ast
