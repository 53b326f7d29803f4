// The checked IR: what the check phase produces from the AST and what the
// planner, the schema model and the dialects read. Every name is resolved
// (constraint names generated, shortened to the target's limit), every op
// carries what later stages need without looking back at the AST: a dropped
// column's full definition, a dropped table's constraints and indexes, the
// previous value of anything an ALTER changes (for inverses and rebuilds).
// Ops written by the user keep their source location; ops derived by migc
// (inverses) point at the statement they undo. Plain data: no logic, no SQL.
#pragma once

#include <algorithm>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "compiler/box.hpp"
#include "compiler/diagnostics.hpp"

namespace migc::ir {

// An object's key as the engines key it: (schema, name); schema "" is the
// default schema (the search path's first on PostgreSQL, main on SQLite).
struct ObjectName {
    std::string schema;
    std::string name;
    // The defaulted order (bytes as unsigned, then length), compared inline:
    // every lookup in the model compares a dozen short names, and a memcmp
    // call for each cost more than the bytes it read.
    friend std::strong_ordering operator<=>(const ObjectName& a, const ObjectName& b) {
        if (auto c = compare(a.schema, b.schema); c != 0) return c;
        return compare(a.name, b.name);
    }
    bool operator==(const ObjectName&) const = default;
    std::string display() const { return schema.empty() ? name : schema + "." + name; }

private:
    static std::strong_ordering compare(std::string_view a, std::string_view b) {
        std::size_t n = std::min(a.size(), b.size());
        for (std::size_t i = 0; i < n; ++i)
            if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) <=> static_cast<unsigned char>(b[i]);
        return a.size() <=> b.size();
    }
};

struct Type {
    enum class Kind {
        SmallInt, Integer, BigInt, String, Text, Boolean, Numeric, Real, Double,
        Date, Time, Timestamp, TimestampTz, Uuid, Json, Jsonb, Bytes,
        Enum,  // a user enum type: enum_name()
        Raw,   // postgresql(TEXT) / sqlite(TEXT)
    };
    struct EnumRef {
        ObjectName name;
        std::vector<std::string> labels;  // when the op was checked (SQLite's CHECK)
        bool operator==(const EnumRef&) const = default;
    };
    struct RawText {
        std::optional<std::string> postgresql, sqlite;
        bool operator==(const RawText&) const = default;
    };
    Kind kind = Kind::Text;
    std::optional<int> length;  // String
    std::optional<int> precision, scale;  // Numeric
    Box<EnumRef> enum_ref;  // Enum (boxed, as raw: a column's type is mostly a plain one)
    Box<RawText> raw;       // Raw
    Location where;  // where the user wrote it: a dialect's "no raw text" error points here
    bool operator==(const Type& o) const {
        return kind == o.kind && length == o.length && precision == o.precision && scale == o.scale &&
               enum_ref == o.enum_ref && raw == o.raw;
    }
    // Empty for a type that is not an enum / not raw.
    const ObjectName& enum_name() const { return enum_ref ? enum_ref->name : kNoEnum.name; }
    const std::vector<std::string>& enum_labels() const { return enum_ref ? enum_ref->labels : kNoEnum.labels; }
    const std::optional<std::string>& raw_postgresql() const { return raw ? raw->postgresql : kNoRaw.postgresql; }
    const std::optional<std::string>& raw_sqlite() const { return raw ? raw->sqlite : kNoRaw.sqlite; }

private:
    static inline const EnumRef kNoEnum{};
    static inline const RawText kNoRaw{};
};

// The first ten mirror ast::LiteralKind; Uuid is a string the check phase
// found going into a uuid column (SQLite stores those in SQLAlchemy's form).
enum class LiteralKind { String, Integer, Decimal, Boolean, Null, Date, Time, Timestamp, TimestampTz, Bytes, Uuid };

struct Literal {
    LiteralKind kind = LiteralKind::Null;
    std::string text;  // unescaped string bytes, digits as written, hex digits, "true"/"false"
    bool operator==(const Literal&) const = default;
};

// SPEC 2.3 expressions, checked (portable functions only, columns resolved
// where the table is known).
struct Expr {
    enum class Kind { Literal, Column, Unary, Binary, IsNull, In, Between, Call, Cast, Raw, Paren };
    Kind kind = Kind::Literal;
    std::string op;  // Unary/Binary operator (lower case), Call function name
    bool negated = false;
    Literal lit;
    std::string qualifier;  // Column: `t` of `t.c`, or ""
    std::string column;     // Column
    Box<Type> type;         // Cast
    std::optional<std::string> raw_all, raw_postgresql, raw_sqlite;  // Raw
    std::vector<Expr> args;
    Location where;  // for a dialect's "no text for this dialect" errors
    bool operator==(const Expr& o) const {
        return kind == o.kind && op == o.op && negated == o.negated && lit == o.lit && qualifier == o.qualifier &&
               column == o.column && type == o.type && raw_all == o.raw_all && raw_postgresql == o.raw_postgresql &&
               raw_sqlite == o.raw_sqlite && args == o.args;
    }
};

enum class RefAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

struct Column {
    std::string name;
    Type type;
    bool nullable = true;
    bool identity = false;
    Box<Expr> default_value;
    std::optional<std::string> comment;
    bool operator==(const Column&) const = default;
};

struct Constraint {
    enum class Kind { PrimaryKey, Unique, ForeignKey, Check };
    Kind kind = Kind::PrimaryKey;
    std::string name;
    std::vector<std::string> columns;  // PrimaryKey, Unique, ForeignKey (local)
    ObjectName ref_table;              // ForeignKey
    std::vector<std::string> ref_columns;
    std::optional<RefAction> on_delete, on_update;
    bool deferrable = false, initially_deferred = false;
    Box<Expr> check;  // Check
    bool operator==(const Constraint&) const = default;
};

struct IndexElement {
    std::optional<std::string> column;  // a column, or
    Box<Expr> expr;                     // (EXPR)
    std::optional<bool> descending;
    bool operator==(const IndexElement&) const = default;
};

struct Index {
    ObjectName name;  // schema: the table's (PostgreSQL keeps an index beside its table)
    ObjectName table;
    bool unique = false;
    std::vector<IndexElement> elements;
    Box<Expr> where;
    bool operator==(const Index&) const = default;
};

// A table as CREATE TABLE writes it: constraints in output order (the primary
// key first, then column-level ones in column order, then table-level ones).
struct Table {
    ObjectName name;
    std::vector<Column> columns;
    std::vector<Constraint> constraints;
    std::optional<std::string> comment;
    const Column* find_column(std::string_view column) const;
    const Constraint* primary_key() const;
    bool operator==(const Table&) const = default;
};

struct Enum {
    ObjectName name;
    std::vector<std::string> labels;
};

// --- ops ----------------------------------------------------------------------

struct CreateTable { Table table; bool if_not_exists = false; };
struct DropTable { Table table; std::vector<Index> indexes; bool if_exists = false; };
// `renamed`: the table after the rename (under its new name) and its indexes:
// SQLite rebuilds a table whose enum CHECKs are named after it.
struct RenameTable { ObjectName table; std::string new_name; Table renamed; std::vector<Index> indexes; };
// `constraints`: what the column's definition adds (unique, references, check, primary key).
struct AddColumn { ObjectName table; Column column; std::vector<Constraint> constraints; };
// What goes with a dropped column: the constraints and indexes that use it.
struct DropColumn { ObjectName table; Column column; std::vector<Constraint> constraints; std::vector<Index> indexes; };
struct RenameColumn { ObjectName table; std::string column; std::string new_name; };
struct AlterColumnType { ObjectName table; std::string column; Type type; Type previous; Box<Expr> using_expr; };
struct SetNullable { ObjectName table; std::string column; bool nullable = true; bool previous = true; };
struct SetDefault { ObjectName table; std::string column; Box<Expr> value; Box<Expr> previous; };
struct SetColumnComment { ObjectName table; std::string column; std::optional<std::string> comment, previous; };
struct SetTableComment { ObjectName table; std::optional<std::string> comment, previous; };
struct AddConstraint { ObjectName table; Constraint constraint; };
struct DropConstraint { ObjectName table; Constraint constraint; };
struct CreateIndex { Index index; bool concurrently = false; bool if_not_exists = false; };
struct DropIndex { Index index; bool concurrently = false; bool if_exists = false; };
struct CreateEnum { Enum type; };
// `tables`: every table with a column of the type, after the change, and
// `indexes` the indexes on them (SQLite rebuilds them and recreates these).
struct AddEnumValue {
    ObjectName type;
    std::string value;
    std::optional<std::string> before, after;
    std::vector<Table> tables;
    std::vector<Index> indexes;
};
struct DropEnum { Enum type; };
struct CreateSchema { std::string name; bool if_not_exists = false; };
struct DropSchema { std::string name; bool if_exists = false; bool cascade = false; };
struct Insert { ObjectName table; std::vector<std::string> columns; std::vector<std::vector<Expr>> rows; };
struct Assignment { std::string column; Expr value; };
// `batch N` carries the primary key (columns with their types) it pages by.
struct Update {
    ObjectName table;
    std::vector<Assignment> sets;
    Box<Expr> where;
    std::optional<std::int64_t> batch;
    std::vector<Column> key;
};
struct Delete { ObjectName table; Box<Expr> where; };
struct Execute {
    std::optional<std::string> all, postgresql, sqlite;
    std::vector<Assignment> params;
    std::vector<Location> param_where;  // parallel to params
};

// Several actions of one `alter table` stay together: one batch (one SQLite
// rebuild). Each action is itself an op.
struct Op;
struct AlterTable {
    ObjectName table;
    std::vector<Op> actions;
    // The whole table around the batch: what a SQLite rebuild recreates (only
    // the dialects that rebuild ask for them: empty otherwise).
    Box<Table> before, after;
    std::vector<Index> indexes_before, indexes_after;
};

struct Op {
    using Node = std::variant<CreateTable, DropTable, RenameTable, AddColumn, DropColumn, RenameColumn, AlterColumnType,
                 SetNullable, SetDefault, SetColumnComment, SetTableComment, AddConstraint, DropConstraint,
                 CreateIndex, DropIndex, CreateEnum, AddEnumValue, DropEnum, CreateSchema, DropSchema, Insert,
                 Update, Delete, Execute, AlterTable>;

    Op() = default;
    template <typename T>
        requires(!std::is_same_v<std::decay_t<T>, Op>)
    Op(T&& n, std::optional<Location> w = std::nullopt) : node(std::forward<T>(n)), where(w) {}

    Node node;
    std::optional<Location> where;  // the user's statement (for a derived op: the one it undoes)
    // `if [not] exists` that found nothing to do: the model is unchanged and
    // there is nothing to undo.
    bool no_op = false;
};

}  // namespace migc::ir
