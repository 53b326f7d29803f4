// The check phase, statement by statement: resolve, report, build the ops,
// replay them into the model.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "compiler/sema/checker.hpp"
#include "compiler/sema/naming.hpp"

namespace migc {
namespace {

bool uses_column(const ir::Expr& e, const std::string& column) {
    if (e.kind == ir::Expr::Kind::Column && e.column == column) return true;
    return std::any_of(e.args.begin(), e.args.end(), [&](const ir::Expr& a) { return uses_column(a, column); });
}

bool uses_column(const ir::Constraint& k, const std::string& column) {
    return std::find(k.columns.begin(), k.columns.end(), column) != k.columns.end() || (k.check && uses_column(*k.check, column));
}

bool uses_column(const ir::Index& i, const std::string& column) {
    for (const auto& el : i.elements)
        if ((el.column && *el.column == column) || (el.expr && uses_column(*el.expr, column))) return true;
    return i.where && uses_column(*i.where, column);
}

// Type families a foreign key may join (PostgreSQL needs an equality operator
// between the two; integers of different widths compare fine).
int type_family(const ir::Type& t) {
    using K = ir::Type::Kind;
    switch (t.kind) {
        case K::SmallInt:
        case K::Integer:
        case K::BigInt: return 1;
        case K::Numeric:
        case K::Real:
        case K::Double: return 2;
        case K::String:
        case K::Text: return 3;
        case K::Timestamp:
        case K::TimestampTz: return 4;
        default: return 100 + static_cast<int>(t.kind);
    }
}

bool same_family(const ir::Type& a, const ir::Type& b) {
    if (a.kind == ir::Type::Kind::Raw || b.kind == ir::Type::Kind::Raw) return true;
    if (a.kind == ir::Type::Kind::Enum || b.kind == ir::Type::Kind::Enum) return a.enum_name() == b.enum_name() && a.kind == b.kind;
    return type_family(a) == type_family(b);
}

std::optional<ir::RefAction> ref_action(const std::optional<ast::RefAction>& a) {
    if (!a) return std::nullopt;
    return static_cast<ir::RefAction>(*a);
}

}  // namespace

// --- constraints ----------------------------------------------------------------

bool Checker::relation_name_taken(const ir::ObjectName& name, ast::Span span, std::string_view what) {
    // Tables, indexes, and the indexes behind primary keys and unique
    // constraints share one namespace per schema on both engines.
    std::string clash;
    if (model_.tables.count(name)) clash = "a table";
    else if (model_.indexes.count(name)) clash = "an index";
    else if (auto it = model_.key_names.find(name); it != model_.key_names.end())
        clash = fmt::format("a constraint of table '{}'", it->second.display());
    if (clash.empty()) return false;
    error(DiagKind::Duplicate, span, fmt::format("{} '{}' cannot be created: {} has that name", what, name.display(), clash))
        .notes.push_back({std::nullopt, "choose another name, or drop the other object first"});
    return true;
}

bool Checker::check_constraint_name(const ir::Table& table, const ir::Constraint& k, ast::Span span) {
    for (const auto& other : table.constraints)
        if (other.name == k.name) {
            error(DiagKind::Duplicate, span, fmt::format("constraint '{}' already exists on table '{}'", k.name, table.name.display()))
                .notes.push_back({std::nullopt, "constraint names are unique per table: name one of them `constraint OTHER ...`"});
            return false;
        }
    if (k.kind == ir::Constraint::Kind::PrimaryKey || k.kind == ir::Constraint::Kind::Unique)
        return !relation_name_taken({table.name.schema, k.name}, span, "constraint");
    return true;
}

std::optional<ir::Constraint> Checker::foreign_key(const ast::ForeignKeyRef& ref, std::vector<std::string> columns,
                                                   const ir::Table& table, std::string name, ast::Span span) {
    ir::Constraint k;
    k.kind = ir::Constraint::Kind::ForeignKey;
    k.name = std::move(name);
    k.columns = std::move(columns);
    k.ref_table = object(ref.table);
    k.on_delete = ref_action(ref.on_delete);
    k.on_update = ref_action(ref.on_update);
    k.deferrable = ref.deferrable;
    k.initially_deferred = ref.initially_deferred;
    for (const auto& c : ref.columns) k.ref_columns.push_back(c.text);
    // A table may reference itself while it is being created.
    const ir::Table* target = k.ref_table == table.name ? &table : model_.find_table(k.ref_table);
    if (!target) {
        if (!table_or_error(ref.table)) return std::nullopt;
    }
    bool ok = true;
    std::vector<const ir::Column*> targets;
    for (const auto& c : ref.columns) {
        const ir::Column* col = column_or_error(*target, c);
        ok = ok && col;
        targets.push_back(col);
    }
    if (!ok) return std::nullopt;
    if (k.ref_columns.size() != k.columns.size()) {
        error(DiagKind::ForeignKey, ref.span, fmt::format("the foreign key has {} column{} but references {}", k.columns.size(),
                                    k.columns.size() == 1 ? "" : "s", k.ref_columns.size()));
        return std::nullopt;
    }
    auto same_set = [&](const std::vector<std::string>& cols) {
        return cols.size() == k.ref_columns.size() &&
               std::is_permutation(cols.begin(), cols.end(), k.ref_columns.begin());
    };
    bool keyed = std::any_of(target->constraints.begin(), target->constraints.end(), [&](const ir::Constraint& c) {
        return (c.kind == ir::Constraint::Kind::PrimaryKey || c.kind == ir::Constraint::Kind::Unique) && same_set(c.columns);
    });
    // Or a unique index on the columns: only the target's own are read.
    if (auto on = model_.index_names.find(target->name); !keyed && on != model_.index_names.end())
        for (const auto& name : on->second) {
            const ir::Index& index = model_.indexes.at(name);
            if (!index.unique || index.where) continue;
            std::vector<std::string> cols;
            for (const auto& el : index.elements)
                if (el.column) cols.push_back(*el.column);
            if (cols.size() == index.elements.size() && same_set(cols)) keyed = true;
        }
    if (!keyed) {
        error(DiagKind::ForeignKey, ref.span, fmt::format("({}) of table '{}' is neither its primary key nor unique: a foreign key cannot reference it",
                                    fmt::join(k.ref_columns, ", "), target->name.display()))
            .notes.push_back({std::nullopt, "reference the primary key, or add a unique constraint on these columns first"});
        return std::nullopt;
    }
    for (std::size_t i = 0; i < k.columns.size(); ++i) {
        const ir::Column* local = table.find_column(k.columns[i]);
        if (local && !same_family(local->type, targets[i]->type)) {
            error(DiagKind::ForeignKey, span, fmt::format("foreign key column '{}' cannot reference '{}.{}': their types do not compare", k.columns[i],
                                    target->name.display(), targets[i]->name))
                .notes.push_back({std::nullopt, "give both columns the same type"});
            return std::nullopt;
        }
    }
    return k;
}

// --- statements -------------------------------------------------------------------

struct StatementChecker {
    Checker& c;
    std::vector<ir::Op>& out;
    std::optional<Location> where;

    SchemaModel& model() { return c.model_; }

    void emit(ir::Op op) {
        op.where = where;
        model().apply(op);
        out.push_back(std::move(op));
    }
    void emit_no_op(ir::Op op) {
        op.where = where;
        op.no_op = true;
        out.push_back(std::move(op));
    }

    // A column definition: the column and the key constraints it implies,
    // named by the convention. References and checks come from
    // column_references(), once the whole table is known (a table may
    // reference itself, a check may name a later column).
    bool column(const ast::ColumnDef& def, const std::string& t, ir::Column& col, std::vector<ir::Constraint>& constraints) {
        bool ok = c.check_length(def.name, "column");
        col.name = def.name.text;
        col.identity = def.identity;
        col.nullable = !(def.primary_key || def.identity || def.nullable == false);
        if (auto type = c.type(def.type)) col.type = *type;
        else ok = false;
        if (def.identity && ok) {
            using K = ir::Type::Kind;
            if (col.type.kind != K::SmallInt && col.type.kind != K::Integer && col.type.kind != K::BigInt) {
                c.error(DiagKind::Identity, def.type.span, fmt::format("identity column '{}' must have an integer type", col.name))
                    .notes.push_back({std::nullopt, "use smallint, integer or bigint"});
                ok = false;
            }
        }
        if (def.default_value && ok) {
            if (auto d = c.value(*def.default_value, &col, nullptr)) col.default_value = *d;
            else ok = false;
        }
        if (def.comment) col.comment = def.comment->text;
        if (def.primary_key || def.identity) {
            ir::Constraint k;
            k.kind = ir::Constraint::Kind::PrimaryKey;
            k.name = c.generated_name(naming::primary_key(t));
            k.columns = {col.name};
            constraints.push_back(std::move(k));
        }
        if (def.unique) {
            ir::Constraint k;
            k.kind = ir::Constraint::Kind::Unique;
            k.name = c.generated_name(naming::unique(t, col.name));
            k.columns = {col.name};
            constraints.push_back(std::move(k));
        }
        return ok;
    }

    // A column's `references` and `check`, resolved against `table` (which holds the column).
    bool column_references(const ast::ColumnDef& def, const ir::Table& table, std::vector<ir::Constraint>& constraints) {
        const std::string& t = table.name.name;
        bool ok = true;
        if (def.references) {
            auto k = c.foreign_key(*def.references, {def.name.text}, table,
                                   c.generated_name(naming::foreign_key(t, def.name.text, def.references->table.name.text)),
                                   def.references->span);
            if (k) constraints.push_back(std::move(*k));
            else ok = false;
        }
        if (def.check) {
            if (auto e = c.expr(*def.check, &table, "a check")) {
                ir::Constraint k;
                k.kind = ir::Constraint::Kind::Check;
                k.name = c.generated_name(naming::column_check(t, def.name.text));
                k.check = std::move(*e);
                constraints.push_back(std::move(k));
            } else {
                ok = false;
            }
        }
        return ok;
    }

    // A table-level constraint of `table` (which holds all its columns).
    std::optional<ir::Constraint> table_constraint(const ast::TableConstraint& tc, const ir::Table& table) {
        using K = ast::TableConstraint::Kind;
        if (tc.name && !c.check_length(*tc.name, "constraint")) return std::nullopt;
        std::vector<std::string> cols;
        bool ok = true;
        for (const auto& col : tc.columns) {
            if (!c.column_or_error(table, col)) ok = false;
            cols.push_back(col.text);
        }
        if (!ok) return std::nullopt;
        const std::string& t = table.name.name;
        std::string col0 = cols.empty() ? std::string() : cols[0];
        ir::Constraint k;
        switch (tc.kind) {
            case K::PrimaryKey:
                k.kind = ir::Constraint::Kind::PrimaryKey;
                k.name = tc.name ? tc.name->text : c.generated_name(naming::primary_key(t));
                k.columns = std::move(cols);
                return k;
            case K::Unique:
                k.kind = ir::Constraint::Kind::Unique;
                k.name = tc.name ? tc.name->text : c.generated_name(naming::unique(t, col0));
                k.columns = std::move(cols);
                return k;
            case K::ForeignKey:
                return c.foreign_key(tc.references, std::move(cols), table,
                                     tc.name ? tc.name->text
                                             : c.generated_name(naming::foreign_key(t, col0, tc.references.table.name.text)),
                                     tc.span);
            case K::Check: {
                if (!tc.name) {
                    c.error(DiagKind::MissingName, tc.span, "a table-level check needs a name")
                        .notes.push_back({std::nullopt, "write it as `constraint NAME check (...)`"});
                    return std::nullopt;
                }
                auto e = c.expr(*tc.check, &table, "a check");
                if (!e) return std::nullopt;
                k.kind = ir::Constraint::Kind::Check;
                k.name = tc.name->text;
                k.check = std::move(*e);
                return k;
            }
        }
        return std::nullopt;
    }

    // Adds a constraint to a table being built, refusing a second primary key
    // and a duplicate name.
    bool add_constraint(ir::Table& table, ir::Constraint k, ast::Span span) {
        if (k.kind == ir::Constraint::Kind::PrimaryKey && table.primary_key()) {
            c.error(DiagKind::PrimaryKey, span, fmt::format("table '{}' already has a primary key ({})", table.name.display(),
                                      fmt::join(table.primary_key()->columns, ", ")))
                .notes.push_back({std::nullopt, "a table has one primary key; list every key column in one `primary key (a, b)`"});
            return false;
        }
        if (!c.check_constraint_name(table, k, span)) return false;
        table.constraints.push_back(std::move(k));
        return true;
    }

    void operator()(const ast::CreateTable& s) {
        ir::ObjectName name = c.object(s.table);
        if (model().find_table(name)) {
            if (s.if_not_exists) return emit_no_op({ir::CreateTable{*model().find_table(name), true}});
            c.error(DiagKind::Duplicate, s.table.span, fmt::format("table '{}' already exists", name.display()))
                .notes.push_back({std::nullopt, "drop it first, or write `create table if not exists`"});
            return;
        }
        bool ok = c.check_schema(s.table) && c.check_length(s.table.name, "table");
        if (ok && c.relation_name_taken(name, s.table.span, "table")) ok = false;
        ir::Table table;
        table.name = name;
        if (s.comment) table.comment = s.comment->text;
        // Columns first (a check or foreign key may name any of them), then
        // the constraints in output order: primary key, column-level, table-level.
        std::vector<std::pair<std::vector<ir::Constraint>, ast::Span>> column_constraints;
        std::set<std::string> seen;
        std::vector<const ast::ColumnDef*> accepted;
        for (const auto& def : s.columns) {
            if (!seen.insert(def.name.text).second) {
                c.error(DiagKind::Duplicate, def.name.span, fmt::format("column '{}' is declared twice in table '{}'", def.name.text, name.display()));
                ok = false;
                continue;
            }
            ir::Column col;
            std::vector<ir::Constraint> implied;
            if (!column(def, name.name, col, implied)) ok = false;
            accepted.push_back(&def);
            table.columns.push_back(std::move(col));
            column_constraints.push_back({std::move(implied), def.span});
        }
        // An identity column is the primary key: inline, or named by a
        // table-level `constraint NAME primary key (id)` on it alone.
        auto table_pk = std::find_if(s.constraints.begin(), s.constraints.end(),
                                     [](const auto& k) { return k.kind == ast::TableConstraint::Kind::PrimaryKey; });
        auto is_table_pk_of = [&](const ast::ColumnDef& def) {
            return table_pk != s.constraints.end() && table_pk->columns.size() == 1 &&
                   table_pk->columns[0].text == def.name.text && !def.primary_key;
        };
        std::vector<std::string> pk_columns;
        for (const auto& def : s.columns)
            if (def.primary_key || (def.identity && !is_table_pk_of(def))) pk_columns.push_back(def.name.text);
        bool identity_clash = false;
        for (std::size_t i = 0; i < s.columns.size(); ++i)
            if (s.columns[i].identity && !is_table_pk_of(s.columns[i]) &&
                (pk_columns.size() > 1 || table_pk != s.constraints.end())) {
                c.error(DiagKind::Identity, s.columns[i].span, fmt::format("identity column '{}' must be the only primary-key column of '{}'",
                                                       s.columns[i].name.text, s.table.name.text))
                    .notes.push_back({std::nullopt, "drop `identity`, or make the other key columns a `unique` constraint"});
                ok = false;
                identity_clash = true;
            }
        if (!pk_columns.empty()) {
            ir::Constraint pk;
            pk.kind = ir::Constraint::Kind::PrimaryKey;
            pk.name = c.generated_name(naming::primary_key(name.name));
            pk.columns = pk_columns;
            ok = add_constraint(table, std::move(pk), s.table.span) && ok;
        }
        // Table-level keys count for references to the table itself.
        ir::Table keyed = table;
        for (auto& [implied, span] : column_constraints)
            for (const auto& k : implied) keyed.constraints.push_back(k);
        for (const auto& tc : s.constraints)
            if (tc.kind == ast::TableConstraint::Kind::PrimaryKey || tc.kind == ast::TableConstraint::Kind::Unique) {
                ir::Constraint k;
                k.kind = tc.kind == ast::TableConstraint::Kind::Unique ? ir::Constraint::Kind::Unique
                                                                       : ir::Constraint::Kind::PrimaryKey;
                for (const auto& col : tc.columns) k.columns.push_back(col.text);
                keyed.constraints.push_back(std::move(k));
            }
        for (std::size_t i = 0; i < accepted.size(); ++i)
            if (!column_references(*accepted[i], keyed, column_constraints[i].first)) ok = false;
        for (auto& [implied, span] : column_constraints)
            for (auto& k : implied)
                if (k.kind != ir::Constraint::Kind::PrimaryKey) ok = add_constraint(table, std::move(k), span) && ok;
        for (const auto& tc : s.constraints) {
            if (identity_clash && tc.kind == ast::TableConstraint::Kind::PrimaryKey) continue;  // reported above
            auto k = table_constraint(tc, table);
            if (!k) {
                ok = false;
                continue;
            }
            if (k->kind == ir::Constraint::Kind::PrimaryKey)
                for (auto& col : table.columns)
                    if (std::find(k->columns.begin(), k->columns.end(), col.name) != k->columns.end()) col.nullable = false;
            ok = add_constraint(table, std::move(*k), tc.span) && ok;
        }
        if (!ok) return;
        emit({ir::CreateTable{std::move(table), s.if_not_exists}});
    }

    // Foreign keys of other tables that reference `table` (optionally: one of `columns`).
    std::vector<std::pair<ir::ObjectName, const ir::Constraint*>> references_to(const ir::ObjectName& table,
                                                                               const std::vector<std::string>* columns = nullptr) {
        std::vector<std::pair<ir::ObjectName, const ir::Constraint*>> refs;
        auto referrers = model().referrers.find(table);
        if (referrers == model().referrers.end()) return refs;
        for (const auto& key : referrers->second) {
            const ir::Table& t = model().tables.at(key);
            for (const auto& k : t.constraints) {
                if (k.kind != ir::Constraint::Kind::ForeignKey || k.ref_table != table) continue;
                bool hit = !columns || std::any_of(k.ref_columns.begin(), k.ref_columns.end(), [&](const std::string& col) {
                    return std::find(columns->begin(), columns->end(), col) != columns->end();
                });
                if (hit) refs.push_back({key, &k});
            }
        }
        return refs;
    }

    // `what()` names the object, for the error only: most drops are sound.
    template <class What>
    bool refuse_referenced(const ir::ObjectName& table, const std::vector<std::string>* columns, ast::Span span,
                           What what) {
        auto refs = references_to(table, columns);
        if (refs.empty()) return false;
        auto& d = c.error(DiagKind::StillReferenced, span, fmt::format("{} is referenced by foreign key '{}' of table '{}'", what(), refs[0].second->name,
                                            refs[0].first.display()));
        d.notes.push_back({std::nullopt, "drop that foreign key first (`alter table ... drop constraint ...`)"});
        return true;
    }

    void operator()(const ast::DropTable& s) {
        ir::ObjectName name = c.object(s.table);
        const ir::Table* t = model().find_table(name);
        if (!t) {
            if (s.if_exists) return emit_no_op({ir::DropTable{{name, {}, {}, {}}, {}, true}});
            c.table_or_error(s.table);
            return;
        }
        if (refuse_referenced(name, nullptr, s.table.span, [&] { return fmt::format("table '{}'", name.display()); })) return;
        emit({ir::DropTable{*t, model().indexes_on(name), s.if_exists}});
    }

    void operator()(const ast::RenameTable& s) {
        if (!c.table_or_error(s.table) || !c.check_length(s.new_name, "table")) return;
        ir::ObjectName name = c.object(s.table);
        if (c.relation_name_taken({name.schema, s.new_name.text}, s.new_name.span, "table")) return;
        c.renamed_tables_[name] = ir::ObjectName{name.schema, s.new_name.text}.display();
        ir::Table renamed = *model().find_table(name);
        renamed.name = {name.schema, s.new_name.text};
        std::vector<ir::Index> indexes = model().indexes_on(name);
        for (auto& i : indexes) i.table = renamed.name;
        emit({ir::RenameTable{name, s.new_name.text, std::move(renamed), std::move(indexes)}});
    }

    void operator()(const ast::AlterTable& s) {
        ir::Table* t = c.table_or_error(s.table);
        if (!t) return;
        ir::AlterTable op;
        op.table = t->name;
        const bool snapshots = c.options_.alter_snapshots;
        if (snapshots) {
            op.before = *t;
            op.indexes_before = model().indexes_on(op.table);
        }
        std::vector<ir::Op> actions;
        for (const auto& action : s.actions) {
            StatementChecker inner{c, actions, c.at(action.span)};
            std::visit([&](const auto& a) { inner.action(a, op.table, action.span); }, action.node);
        }
        op.actions = std::move(actions);
        if (snapshots) {
            if (const ir::Table* after = model().find_table(op.table)) op.after = *after;
            op.indexes_after = model().indexes_on(op.table);
        }
        // The actions are in the model already: the batch itself is not replayed again.
        ir::Op batch{std::move(op), where};
        out.push_back(std::move(batch));
    }

    // --- alter table actions (each applied to the model at once) ---------------
    ir::Table& table(const ir::ObjectName& name) { return *model().find_table(name); }

    void action(const ast::AddColumn& a, const ir::ObjectName& name, ast::Span span) {
        const ir::Table& t = table(name);
        if (t.find_column(a.column.name.text)) {
            c.error(DiagKind::Duplicate, a.column.name.span, fmt::format("column '{}' already exists in table '{}'", a.column.name.text, name.display()));
            return;
        }
        ir::AddColumn op{name, {}, {}};
        if (!column(a.column, name.name, op.column, op.constraints)) return;
        ir::Table probe = t;
        probe.columns.push_back(op.column);
        if (!column_references(a.column, probe, op.constraints)) return;
        for (const auto& k : op.constraints) {
            if (k.kind == ir::Constraint::Kind::PrimaryKey && t.primary_key()) {
                c.error(DiagKind::PrimaryKey, span, fmt::format("table '{}' already has a primary key ({})", name.display(),
                                          fmt::join(t.primary_key()->columns, ", ")));
                return;
            }
            if (!c.check_constraint_name(probe, k, span)) return;
            probe.constraints.push_back(k);
        }
        emit({std::move(op)});
    }

    void action(const ast::DropColumn& a, const ir::ObjectName& name, ast::Span span) {
        const ir::Table& t = table(name);
        const ir::Column* col = c.column_or_error(t, a.column);
        if (!col) return;
        std::vector<std::string> cols{col->name};
        if (refuse_referenced(name, &cols, span, [&] { return fmt::format("column '{}.{}'", name.display(), col->name); })) return;
        ir::DropColumn op{name, *col, {}, {}};
        for (const auto& k : t.constraints)
            if (uses_column(k, col->name)) op.constraints.push_back(k);
        if (auto on = model().index_names.find(name); on != model().index_names.end())
            for (const auto& index : on->second)  // in name order, as indexes_on() lists them, but copying only those used
                if (const ir::Index& i = model().indexes.at(index); uses_column(i, col->name)) op.indexes.push_back(i);
        emit({std::move(op)});
    }

    void action(const ast::RenameColumn& a, const ir::ObjectName& name, ast::Span) {
        const ir::Table& t = table(name);
        if (!c.column_or_error(t, a.column) || !c.check_length(a.new_name, "column")) return;
        if (t.find_column(a.new_name.text)) {
            c.error(DiagKind::Duplicate, a.new_name.span, fmt::format("column '{}' already exists in table '{}'", a.new_name.text, name.display()));
            return;
        }
        c.renamed_columns_[{name, a.column.text}] = a.new_name.text;
        emit({ir::RenameColumn{name, a.column.text, a.new_name.text}});
    }

    void action(const ast::AlterColumnType& a, const ir::ObjectName& name, ast::Span) {
        const ir::Table& t = table(name);
        const ir::Column* col = c.column_or_error(t, a.column);
        auto type = c.type(a.type);
        if (!col || !type) return;
        ir::AlterColumnType op{name, col->name, *type, col->type, {}};
        if (a.using_expr) {
            auto u = c.expr(*a.using_expr, &t, "`using`");
            if (!u) return;
            op.using_expr = std::move(*u);
        }
        emit({std::move(op)});
    }

    void action(const ast::AlterColumnNullability& a, const ir::ObjectName& name, ast::Span span) {
        const ir::Table& t = table(name);
        const ir::Column* col = c.column_or_error(t, a.column);
        if (!col) return;
        if (a.nullable && t.primary_key()) {
            const auto& pk = t.primary_key()->columns;
            if (std::find(pk.begin(), pk.end(), col->name) != pk.end()) {
                c.error(DiagKind::PrimaryKey, span, fmt::format("column '{}' is in the primary key of '{}': it cannot be made nullable", col->name,
                                          name.display()));
                return;
            }
        }
        emit({ir::SetNullable{name, col->name, a.nullable, col->nullable}});
    }

    void action(const ast::AlterColumnDefault& a, const ir::ObjectName& name, ast::Span) {
        const ir::Table& t = table(name);
        const ir::Column* col = c.column_or_error(t, a.column);
        if (!col) return;
        ir::SetDefault op{name, col->name, {}, col->default_value};
        if (a.value) {
            auto v = c.value(*a.value, col, nullptr);
            if (!v) return;
            op.value = std::move(*v);
        }
        emit({std::move(op)});
    }

    void action(const ast::AlterColumnComment& a, const ir::ObjectName& name, ast::Span) {
        const ir::Column* col = c.column_or_error(table(name), a.column);
        if (col) emit({ir::SetColumnComment{name, col->name, a.comment.text, col->comment}});
    }

    void action(const ast::AddConstraint& a, const ir::ObjectName& name, ast::Span span) {
        const ir::Table& t = table(name);
        auto k = table_constraint(a.constraint, t);
        if (!k) return;
        if (k->kind == ir::Constraint::Kind::PrimaryKey && t.primary_key()) {
            c.error(DiagKind::PrimaryKey, span, fmt::format("table '{}' already has a primary key ({})", name.display(),
                                      fmt::join(t.primary_key()->columns, ", ")))
                .notes.push_back({std::nullopt, fmt::format("drop constraint {} first", t.primary_key()->name)});
            return;
        }
        if (!c.check_constraint_name(t, *k, span)) return;
        emit({ir::AddConstraint{name, std::move(*k)}});
    }

    void action(const ast::DropConstraint& a, const ir::ObjectName& name, ast::Span span) {
        const ir::Table& t = table(name);
        auto k = std::find_if(t.constraints.begin(), t.constraints.end(), [&](const auto& k) { return k.name == a.name.text; });
        if (k == t.constraints.end()) {
            auto& d = c.error(DiagKind::UnknownConstraint, a.name.span, fmt::format("table '{}' has no constraint '{}'", name.display(), a.name.text));
            std::vector<std::string> names;
            for (const auto& other : t.constraints) names.push_back(other.name);
            c.did_you_mean(d, a.name.text, names);
            return;
        }
        if (k->kind == ir::Constraint::Kind::PrimaryKey || k->kind == ir::Constraint::Kind::Unique) {
            for (const auto& [ref, fk] : references_to(name))
                if (fk->ref_columns.size() == k->columns.size() &&
                    std::is_permutation(fk->ref_columns.begin(), fk->ref_columns.end(), k->columns.begin())) {
                    c.error(DiagKind::StillReferenced, span, fmt::format("constraint '{}' is what foreign key '{}' of table '{}' references", k->name,
                                              fk->name, ref.display()))
                        .notes.push_back({std::nullopt, "drop that foreign key first"});
                    return;
                }
        }
        emit({ir::DropConstraint{name, *k}});
    }

    // --- the other statements -----------------------------------------------------
    void operator()(const ast::CommentOnTable& s) {
        const ir::Table* t = c.table_or_error(s.table);
        if (t) emit({ir::SetTableComment{t->name, s.comment.text, t->comment}});
    }

    void operator()(const ast::CommentOnColumn& s) {
        const ir::Table* t = c.table_or_error(s.table);
        if (!t) return;
        const ir::Column* col = c.column_or_error(*t, s.column);
        if (col) emit({ir::SetColumnComment{t->name, col->name, s.comment.text, col->comment}});
    }

    void operator()(const ast::CreateIndex& s) {
        const ir::Table* t = c.table_or_error(s.table);
        if (!t || !c.check_length(s.name.name, "index")) return;
        ir::Index index;
        index.table = t->name;
        index.name = {s.name.schema ? s.name.schema->text : t->name.schema, s.name.name.text};
        index.unique = s.unique;
        if (model().indexes.count(index.name) && s.if_not_exists)
            return emit_no_op({ir::CreateIndex{model().indexes.at(index.name), s.concurrently, true}});
        bool ok = !c.relation_name_taken(index.name, s.name.span, "index");
        for (const auto& el : s.elements) {
            ir::IndexElement e;
            e.descending = el.descending;
            if (el.column) {
                if (!c.column_or_error(*t, *el.column)) ok = false;
                e.column = el.column->text;
            } else if (auto x = c.expr(*el.expr, t, "an index expression")) {
                e.expr = std::move(*x);
            } else {
                ok = false;
            }
            index.elements.push_back(std::move(e));
        }
        if (s.where) {
            if (auto w = c.expr(*s.where, t, "an index predicate")) index.where = std::move(*w);
            else ok = false;
        }
        if (ok) emit({ir::CreateIndex{std::move(index), s.concurrently, s.if_not_exists}});
    }

    void operator()(const ast::DropIndex& s) {
        ir::ObjectName name = c.object(s.name);
        auto it = model().indexes.find(name);
        if (it == model().indexes.end()) {
            if (s.if_exists) {
                ir::Index missing;
                missing.name = name;
                return emit_no_op({ir::DropIndex{std::move(missing), s.concurrently, true}});
            }
            auto& d = c.error(DiagKind::UnknownIndex, s.name.span, fmt::format("unknown index '{}'", name.display()));
            std::vector<std::string> names;
            for (const auto& [key, i] : model().indexes.sorted()) names.push_back(key.display());
            c.did_you_mean(d, name.display(), names);
            auto has_it = [&](const ir::ObjectName&, const ir::Table& t) {
                return std::any_of(t.constraints.begin(), t.constraints.end(),
                                   [&](const ir::Constraint& k) { return k.name == name.name; });
            };
            for (const auto& [key, t] : model().tables.sorted_if(has_it))
                for (const auto& k : t.constraints)
                    if (k.name == name.name)
                        d.notes.push_back({std::nullopt, fmt::format("'{}' is a constraint of table '{}': drop it with "
                                                                     "`alter table {} drop constraint {}`",
                                                                     k.name, key.display(), key.display(), k.name)});
            return;
        }
        emit({ir::DropIndex{it->second, s.concurrently, s.if_exists}});
    }

    void operator()(const ast::CreateEnum& s) {
        ir::ObjectName name = c.object(s.name);
        if (!c.check_schema(s.name) || !c.check_length(s.name.name, "type")) return;
        if (model().find_enum(name)) {
            c.error(DiagKind::Duplicate, s.name.span, fmt::format("type '{}' already exists", name.display()));
            return;
        }
        ir::Enum e{name, {}};
        for (const auto& l : s.labels) {
            if (std::find(e.labels.begin(), e.labels.end(), l.text) != e.labels.end()) {
                c.error(DiagKind::Duplicate, l.span, fmt::format("label '{}' appears twice in enum '{}'", l.text, name.display()));
                return;
            }
            e.labels.push_back(l.text);
        }
        emit({ir::CreateEnum{std::move(e)}});
    }

    // Selects the tables with a column of enum type `e`.
    static auto with_enum(const ir::ObjectName& e) {
        return [&e](const ir::ObjectName&, const ir::Table& t) {
            return std::any_of(t.columns.begin(), t.columns.end(), [&](const ir::Column& col) {
                return col.type.kind == ir::Type::Kind::Enum && col.type.enum_name() == e;
            });
        };
    }

    void operator()(const ast::AlterEnumAddValue& s) {
        ir::ObjectName name = c.object(s.name);
        const ir::Enum* e = c.enum_or_error(s.name);
        if (!e) return;
        const auto& labels = e->labels;
        if (std::find(labels.begin(), labels.end(), s.value.text) != labels.end()) {
            c.error(DiagKind::Duplicate, s.value.span, fmt::format("enum '{}' already has the label '{}'", name.display(), s.value.text));
            return;
        }
        for (const auto* anchor : {&s.before, &s.after})
            if (*anchor && std::find(labels.begin(), labels.end(), (*anchor)->text) == labels.end()) {
                auto& d = c.error(DiagKind::UnknownLabel, (*anchor)->span, fmt::format("enum '{}' has no label '{}'", name.display(), (*anchor)->text));
                c.did_you_mean(d, (*anchor)->text, labels);
                return;
            }
        where = c.at(s.value.span);  // dialect errors point at the new label
        ir::AddEnumValue op{name, s.value.text, {}, {}, {}, {}};
        if (s.before) op.before = s.before->text;
        if (s.after) op.after = s.after->text;
        out.push_back({op, where});
        model().apply(out.back());
        auto& added = std::get<ir::AddEnumValue>(out.back().node);
        for (const auto& [key, t] : model().tables.sorted_if(with_enum(name))) {
            added.tables.push_back(t);
            for (auto& i : model().indexes_on(key)) added.indexes.push_back(std::move(i));
        }
    }


    void operator()(const ast::DropType& s) {
        ir::ObjectName name = c.object(s.name);
        const ir::Enum* e = c.enum_or_error(s.name);
        if (!e) return;
        for (const auto& [key, t] : model().tables.sorted_if(with_enum(name)))
            for (const auto& col : t.columns)
                if (col.type.kind == ir::Type::Kind::Enum && col.type.enum_name() == name) {
                    c.error(DiagKind::StillReferenced, s.name.span, fmt::format("type '{}' is still used by column '{}.{}'", name.display(),
                                                     key.display(), col.name))
                        .notes.push_back({std::nullopt, "drop or change that column first"});
                    return;
                }
        emit({ir::DropEnum{*e}});
    }

    void operator()(const ast::CreateSchema& s) {
        where = c.at(s.name.span);
        if (model().schemas.count(s.name.text)) {
            if (s.if_not_exists) return emit_no_op({ir::CreateSchema{s.name.text, true}});
            c.error(DiagKind::Duplicate, s.name.span, fmt::format("schema '{}' already exists", s.name.text))
                .notes.push_back({std::nullopt, "write `create schema if not exists`"});
            return;
        }
        if (!c.check_length(s.name, "schema")) return;
        emit({ir::CreateSchema{s.name.text, s.if_not_exists}});
    }

    void operator()(const ast::DropSchema& s) {
        where = c.at(s.name.span);
        if (!model().schemas.count(s.name.text)) {
            if (s.if_exists) return emit_no_op({ir::DropSchema{s.name.text, true, s.cascade}});
            auto& d = c.error(DiagKind::UnknownSchema, s.name.span, fmt::format("unknown schema '{}'", s.name.text));
            c.did_you_mean(d, s.name.text, {model().schemas.begin(), model().schemas.end()});
            return;
        }
        if (!s.cascade) {
            auto in_schema = [&](const ir::ObjectName& key, const ir::Table&) { return key.schema == s.name.text; };
            if (auto held = model().tables.sorted_if(in_schema); !held.empty()) {
                c.error(DiagKind::StillReferenced, s.name.span,
                        fmt::format("schema '{}' still holds table '{}'", s.name.text, held.front().first.display()))
                    .notes.push_back({std::nullopt, "drop its objects first, or write `drop schema ... cascade`"});
                return;
            }
        }
        emit({ir::DropSchema{s.name.text, s.if_exists, s.cascade}});
    }

    void operator()(const ast::Insert& s) {
        const ir::Table* t = c.table_or_error(s.table);
        if (!t) return;
        ir::Insert op{t->name, {}, {}};
        std::vector<const ir::Column*> cols;
        bool ok = true;
        for (const auto& name : s.columns) {
            const ir::Column* col = c.column_or_error(*t, name);
            if (col && std::find(op.columns.begin(), op.columns.end(), col->name) != op.columns.end()) {
                c.error(DiagKind::InsertShape, name.span, fmt::format("column '{}' is listed twice", col->name));
                col = nullptr;
            }
            ok = ok && col;
            cols.push_back(col);
            op.columns.push_back(name.text);
        }
        if (!ok) return;
        for (const auto& col : t->columns)
            if (!col.nullable && !col.default_value && !col.identity &&
                std::find(op.columns.begin(), op.columns.end(), col.name) == op.columns.end()) {
                c.error(DiagKind::InsertShape, s.table.span, fmt::format("column '{}' of table '{}' is NOT NULL and has no default: the insert must "
                                                  "give it a value",
                                                  col.name, t->name.display()));
                ok = false;
            }
        for (const auto& row : s.rows) {
            if (row.size() != cols.size()) {
                ast::Span span{row.empty() ? 0 : row.front().span.begin, row.empty() ? 0 : row.back().span.end};
                c.error(DiagKind::InsertShape, span, fmt::format("this row has {} value{} for {} column{}", row.size(), row.size() == 1 ? "" : "s",
                                          cols.size(), cols.size() == 1 ? "" : "s"));
                ok = false;
                continue;
            }
            std::vector<ir::Expr> values;
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (auto v = c.value(row[i], cols[i], nullptr)) values.push_back(std::move(*v));
                else ok = false;
            }
            op.rows.push_back(std::move(values));
        }
        if (ok) emit({std::move(op)});
    }

    void operator()(const ast::Update& s) {
        const ir::Table* t = c.table_or_error(s.table);
        if (!t) return;
        ir::Update op{t->name, {}, {}, s.batch, {}};
        bool ok = true;
        for (const auto& a : s.assignments) {
            const ir::Column* col = c.column_or_error(*t, a.column);
            if (!col) {
                ok = false;
                continue;
            }
            if (auto v = c.value(a.value, col, t)) op.sets.push_back({col->name, std::move(*v)});
            else ok = false;
        }
        if (s.where) {
            if (auto w = c.expr(*s.where, t, "a where clause")) op.where = std::move(*w);
            else ok = false;
        }
        if (s.batch) {
            const ir::Constraint* pk = t->primary_key();
            if (!pk) {
                c.error(DiagKind::PrimaryKey, s.table.span, fmt::format("`batch` pages through '{}' by its primary key, and it has none",
                                                  t->name.display()))
                    .notes.push_back({std::nullopt, "add a primary key to the table first, or drop `batch`"});
                ok = false;
            } else {
                for (const auto& k : pk->columns) op.key.push_back(*t->find_column(k));
            }
        }
        if (ok) emit({std::move(op)});
    }

    void operator()(const ast::Delete& s) {
        const ir::Table* t = c.table_or_error(s.table);
        if (!t) return;
        ir::Delete op{t->name, {}};
        if (s.where) {
            auto w = c.expr(*s.where, t, "a where clause");
            if (!w) return;
            op.where = std::move(*w);
        }
        emit({std::move(op)});
    }

    void operator()(const ast::Execute& s) {
        c.saw_execute_ = true;
        ir::Execute op{s.all, s.postgresql, s.sqlite, {}, {}};
        for (const auto& p : s.params) {
            auto v = c.value(p.value, nullptr, nullptr);
            if (!v) return;
            op.params.push_back({p.column.text, std::move(*v)});
            op.param_where.push_back(c.at(p.column.span));
        }
        emit({std::move(op)});
    }
};

std::vector<ir::Op> Checker::check(const ast::Statement& stmt, FileId file) {
    file_ = file;
    std::vector<ir::Op> out;
    StatementChecker checker{*this, out, at(stmt.span)};
    std::visit(checker, stmt.node);
    return out;
}

}  // namespace migc
