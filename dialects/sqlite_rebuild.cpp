// SQLite table rebuilds: which actions need one, the copy of the rows, the
// statements of SQLite's 12-step procedure, and the foreign-key wrapper of a
// transaction that holds one. Never renames the old table: ALTER TABLE ...
// RENAME rewrites the references that other tables' foreign keys make to the
// renamed table (SQLite 3.26+), so T is dropped and _migc_tmp_T takes its
// name; the references to T, in other tables and in T itself, stay as written.
#include "dialects/sqlite_rebuild.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "dialects/sqlite.hpp"

namespace migc {
namespace {

bool is_constant(const ir::Expr& e) {
    using K = ir::Expr::Kind;
    return e.kind == K::Literal || (e.kind == K::Unary && e.op == "-" && e.args[0].kind == K::Literal) ||
           (e.kind == K::Paren && is_constant(e.args[0]));
}

bool is_null(const Box<ir::Expr>& e) {
    return e && e->kind == ir::Expr::Kind::Literal && e->lit.kind == ir::LiteralKind::Null;
}

std::string_view kind_name(ir::Constraint::Kind k) {
    switch (k) {
        case ir::Constraint::Kind::PrimaryKey:
            return "primary key";
        case ir::Constraint::Kind::Unique:
            return "unique";
        case ir::Constraint::Kind::ForeignKey:
            return "foreign key";
        case ir::Constraint::Kind::Check:
            return "check";
    }
    return "";
}

bool has_kind(const std::vector<ir::Constraint>& ks, ir::Constraint::Kind kind) {
    return std::any_of(ks.begin(), ks.end(), [&](const ir::Constraint& k) { return k.kind == kind; });
}

bool has_identity(const ir::Table& t) {
    return std::any_of(t.columns.begin(), t.columns.end(), [](const ir::Column& c) { return c.identity; });
}

ir::Expr column_ref(const std::string& name) {
    ir::Expr e;
    e.kind = ir::Expr::Kind::Column;
    e.column = name;
    return e;
}

// A column of the table as the batch goes, and what fills it from the old
// rows (nothing: a column the batch added).
struct Slot {
    std::string name;
    std::optional<ir::Expr> value;
};

// `e` with every column replaced by what fills it from the old rows.
bool substitute(ir::Expr& e, const std::vector<Slot>& slots, std::string& error) {
    if (e.kind == ir::Expr::Kind::Column) {
        auto slot = std::find_if(slots.begin(), slots.end(), [&](const Slot& s) { return s.name == e.column; });
        if (slot == slots.end() || !slot->value) {
            error = fmt::format(
                "the `using` expression reads column '{}', which the same alter table adds: there is "
                "no old value to convert",
                e.column);
            return false;
        }
        if (slot->value->kind == ir::Expr::Kind::Column) {
            e = *slot->value;
        } else {
            ir::Expr paren;
            paren.kind = ir::Expr::Kind::Paren;
            paren.args.push_back(*slot->value);
            e = std::move(paren);
        }
        return true;
    }
    for (auto& a : e.args)
        if (!substitute(a, slots, error)) return false;
    return true;
}

}  // namespace

std::optional<RebuildCopy> rebuild_copy(const ir::AlterTable& batch, std::string& error) {
    std::vector<Slot> slots;
    for (const auto& c : batch.before->columns) slots.push_back({c.name, column_ref(c.name)});
    auto find = [&](const std::string& name) {
        return std::find_if(slots.begin(), slots.end(), [&](const Slot& s) { return s.name == name; });
    };
    for (const auto& action : batch.actions) {
        if (const auto* add = std::get_if<ir::AddColumn>(&action.node)) {
            slots.push_back({add->column.name, std::nullopt});
        } else if (const auto* drop = std::get_if<ir::DropColumn>(&action.node)) {
            if (auto it = find(drop->column.name); it != slots.end()) slots.erase(it);
        } else if (const auto* rename = std::get_if<ir::RenameColumn>(&action.node)) {
            if (auto it = find(rename->column); it != slots.end()) it->name = rename->new_name;
        } else if (const auto* type = std::get_if<ir::AlterColumnType>(&action.node); type && type->using_expr) {
            auto it = find(type->column);
            if (it == slots.end() || !it->value) continue;  // added by this batch: nothing to convert
            ir::Expr converted = *type->using_expr;
            if (!substitute(converted, slots, error)) return std::nullopt;
            it->value = std::move(converted);
        }
    }
    RebuildCopy copy;
    for (const auto& c : batch.after->columns) {
        auto it = find(c.name);
        if (it == slots.end() || !it->value) continue;
        copy.columns.push_back(c.name);
        copy.values.push_back(*it->value);
    }
    return copy;
}

RebuildCopy identity_copy(const ir::Table& table) {
    RebuildCopy copy;
    for (const auto& c : table.columns) {
        copy.columns.push_back(c.name);
        copy.values.push_back(column_ref(c.name));
    }
    return copy;
}

// What SQLite's ALTER TABLE does (lang_altertable.html): RENAME COLUMN from
// 3.25; DROP COLUMN from 3.35, and only for a column no index, key, foreign
// key or CHECK names; ADD COLUMN without PRIMARY KEY / UNIQUE, with a
// constant default, a default when NOT NULL, a NULL default with REFERENCES
// (when foreign keys are on), checking a CHECK against the old rows only from
// 3.37. Nothing else: the rest is a rebuild.
std::optional<std::string> SqliteDialect::rebuild_reason(const ir::Op& action) const {
    const SqliteVersion v = version();
    return std::visit(
        [&](const auto& a) -> std::optional<std::string> {
            using A = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<A, ir::AddColumn>) {
                const ir::Column& col = a.column;
                using K = ir::Constraint::Kind;
                if (col.identity || has_kind(a.constraints, K::PrimaryKey))
                    return fmt::format("add primary-key column {}", col.name);
                if (has_kind(a.constraints, K::Unique)) return fmt::format("add unique column {}", col.name);
                bool has_default = col.default_value && !is_null(col.default_value);
                if (!col.nullable && !has_default)
                    return fmt::format("add NOT NULL column {} without a default", col.name);
                if (has_default && !is_constant(*col.default_value))
                    return fmt::format("add column {} with a non-constant default", col.name);
                if (has_default && has_kind(a.constraints, K::ForeignKey))
                    return fmt::format("add foreign-key column {} with a default", col.name);
                bool checked = has_kind(a.constraints, K::Check) || col.type.kind == ir::Type::Kind::Enum;
                if (checked && !v.at_least(3, 37))
                    return fmt::format(
                        "add column {} with a CHECK (SQLite before 3.37 does not check the rows there are)", col.name);
                return std::nullopt;
            } else if constexpr (std::is_same_v<A, ir::DropColumn>) {
                const std::string& col = a.column.name;
                if (!v.at_least(3, 35)) return fmt::format("drop column {} (SQLite before 3.35)", col);
                if (!a.constraints.empty())
                    return fmt::format("drop column {}, which {} constraint {} uses", col,
                                       kind_name(a.constraints[0].kind), a.constraints[0].name);
                if (!a.indexes.empty())
                    return fmt::format("drop column {}, which index {} uses", col, a.indexes[0].name.name);
                if (a.column.type.kind == ir::Type::Kind::Enum)
                    return fmt::format("drop enum column {}, which its CHECK names", col);
                return std::nullopt;
            } else if constexpr (std::is_same_v<A, ir::RenameColumn>) {
                if (!v.at_least(3, 25)) return fmt::format("rename column {} (SQLite before 3.25)", a.column);
                return std::nullopt;
            } else if constexpr (std::is_same_v<A, ir::AlterColumnType>) {
                if (a.using_expr) return fmt::format("change the type of column {}", a.column);
                // Types SQLite spells alike (timestamp, timestamptz) change nothing there.
                Diagnostics scratch;
                EmitContext quiet{scratch, std::nullopt};
                ir::Column now, was;
                now.name = was.name = a.column;
                now.type = a.type;
                was.type = a.previous;
                if (render_type(a.type, quiet) == render_type(a.previous, quiet) &&
                    column_extras(a.table, now) == column_extras(a.table, was))
                    return std::nullopt;
                return fmt::format("change the type of column {}", a.column);
            } else if constexpr (std::is_same_v<A, ir::SetNullable>) {
                if (a.nullable == a.previous) return std::nullopt;
                return fmt::format("make column {} {}", a.column, a.nullable ? "nullable" : "NOT NULL");
            } else if constexpr (std::is_same_v<A, ir::SetDefault>) {
                if (a.value == a.previous) return std::nullopt;
                return fmt::format("{} the default of column {}", a.value ? "change" : "drop", a.column);
            } else if constexpr (std::is_same_v<A, ir::AddConstraint>) {
                return fmt::format("add {} constraint {}", kind_name(a.constraint.kind), a.constraint.name);
            } else if constexpr (std::is_same_v<A, ir::DropConstraint>) {
                return fmt::format("drop {} constraint {}", kind_name(a.constraint.kind), a.constraint.name);
            } else {
                return std::nullopt;
            }
        },
        action.node);
}

bool SqliteDialect::rebuilds(const ir::Op& op) const {
    if (const auto* batch = std::get_if<ir::AlterTable>(&op.node))
        return std::any_of(batch->actions.begin(), batch->actions.end(),
                           [&](const ir::Op& a) { return rebuild_reason(a).has_value(); });
    if (const auto* add = std::get_if<ir::AddEnumValue>(&op.node)) return !add->tables.empty();
    if (const auto* rename = std::get_if<ir::RenameTable>(&op.node))
        return std::any_of(rename->renamed.columns.begin(), rename->renamed.columns.end(),
                           [](const ir::Column& c) { return c.type.kind == ir::Type::Kind::Enum && !c.identity; });
    return false;
}

void SqliteDialect::rebuild_batch(Out& out, const ir::AlterTable& s, const std::vector<std::string>& reasons,
                                  const EmitContext& ctx) const {
    if (!s.before || !s.after || s.before->columns.empty() || s.after->columns.empty()) {
        ctx.diags.error(DiagKind::Internal, ctx.where,
                        fmt::format("internal: a rebuild of '{}' without the table's definition", s.table.display()));
        return;
    }
    std::string error;
    auto copy = rebuild_copy(s, error);
    if (!copy) {
        ctx.diags.error(DiagKind::Unsupported, ctx.where, fmt::format("sqlite: table '{}' must be rebuilt, and {}", s.table.display(), error))
            .notes.push_back({std::nullopt, "split the alter table in two statements"});
        return;
    }
    comment(out, fmt::format("rebuild of table {} (SQLite cannot alter it in place: {})", qname(s.table),
                             fmt::join(reasons, "; ")));
    rebuild_table(out, *s.before, *s.after, s.indexes_after, *copy, ctx);
    for (const auto& action : s.actions) {
        if (const auto* add = std::get_if<ir::AddColumn>(&action.node); add && add->column.comment)
            column_comment(out, s.table, add->column.name, add->column.comment);
        else if (const auto* c = std::get_if<ir::SetColumnComment>(&action.node))
            column_comment(out, s.table, c->column, c->comment);
    }
}

void SqliteDialect::rebuild_table(Out& out, const ir::Table& before, const ir::Table& after,
                                  const std::vector<ir::Index>& indexes, const RebuildCopy& copy,
                                  const EmitContext& ctx) const {
    const ir::ObjectName tmp{after.name.schema, "_migc_tmp_" + after.name.name};
    auto create = create_table_sql(after, qname(tmp), false, ctx);
    if (!create) return;
    std::vector<std::string> values;
    for (const auto& v : copy.values) {
        auto text = expr(v, ctx);
        if (!text) return;
        values.push_back(*text);
    }
    // No column to copy (all of them new): one row per old row still.
    std::string columns = copy.columns.empty() ? "rowid" : column_list(copy.columns);
    std::string selected = copy.columns.empty() ? "rowid" : fmt::format("{}", fmt::join(values, ", "));

    statement(out, *create);
    statement(out,
              fmt::format("INSERT INTO {} ({})\nSELECT {} FROM {}", qname(tmp), columns, selected, qname(before.name)));
    // AUTOINCREMENT never reuses an id: the new table continues the old one's
    // sequence, not the highest id left in it.
    if (has_identity(before) && has_identity(after)) {
        std::string sequence =
            after.name.schema.empty() ? "sqlite_sequence" : quote_identifier(after.name.schema) + ".sqlite_sequence";
        statement(out, fmt::format("DELETE FROM {} WHERE name = {}", sequence, render_string_literal(tmp.name)));
        statement(out, fmt::format("INSERT INTO {0} (name, seq) SELECT {1}, seq FROM {0} WHERE name = {2}", sequence,
                                   render_string_literal(tmp.name), render_string_literal(before.name.name)));
    }
    statement(out, fmt::format("DROP TABLE {}", qname(before.name)));
    statement(out, fmt::format("ALTER TABLE {} RENAME TO {}", qname(tmp), quote_identifier(after.name.name)));
    for (const auto& index : indexes)
        if (auto text = create_index_sql(index, false, false, ctx)) statement(out, *text);
}

// Foreign keys must be off while a table is dropped and replaced (else the
// DROP deletes through ON DELETE actions and the check fails half-way), and
// the pragma does nothing inside a transaction: it goes before BEGIN. Before
// COMMIT every foreign key is checked; a violation fails an INSERT, so that
// `sqlite3 -bail` stops and nothing is committed (SQLite has no ASSERT).
TransactionWrap SqliteDialect::wrap_transaction(std::span<const ir::Op* const> ops) const {
    if (std::none_of(ops.begin(), ops.end(), [&](const ir::Op* op) { return rebuilds(*op); })) return {};
    auto stmt = [](std::string text) { return SqlStatement{SqlStatement::Kind::Statement, std::move(text)}; };
    auto note = [](std::string_view text) { return SqlStatement{SqlStatement::Kind::Comment, sql_comment(text)}; };
    TransactionWrap wrap;
    wrap.before_begin = {note("this transaction rebuilds tables: foreign keys are off until it ends (the pragma does "
                              "nothing inside a transaction), and checked before its COMMIT"),
                         stmt("PRAGMA foreign_keys=OFF")};
    if (version().at_least(3, 16)) {
        wrap.before_commit = {
            note("a row that breaks a foreign key fails the INSERT below: the script stops before COMMIT, nothing is "
                 "kept"),
            stmt("CREATE TEMP TABLE _migc_foreign_key_check (\n"
                 "    violations INTEGER CONSTRAINT \"rows break a foreign key: see PRAGMA foreign_key_check\" "
                 "CHECK (violations = 0)\n)"),
            stmt("INSERT INTO _migc_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check"),
            stmt("DROP TABLE _migc_foreign_key_check")};
    } else {
        wrap.before_commit = {note("SQLite before 3.16 cannot fail on a foreign-key violation: read what this pragma "
                                   "prints; an empty result means no violation"),
                              stmt("PRAGMA foreign_key_check")};
    }
    wrap.after_commit = {stmt("PRAGMA foreign_keys=ON")};
    return wrap;
}

}  // namespace migc
