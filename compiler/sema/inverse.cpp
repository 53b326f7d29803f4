#include "compiler/sema/inverse.hpp"

#include <algorithm>
#include <set>

namespace migc {

std::optional<std::vector<ir::Op>> invert(const ir::Op& op);

namespace {

using Ops = std::optional<std::vector<ir::Op>>;

struct Inverter {
    Ops operator()(const ir::CreateTable& op) const { return Ops{{{ir::DropTable{op.table, {}, false}}}}; }
    Ops operator()(const ir::DropTable& op) const {
        std::vector<ir::Op> ops{{ir::CreateTable{op.table, false}}};
        for (const auto& i : op.indexes) ops.push_back({ir::CreateIndex{i, false, false}});
        return ops;
    }
    Ops operator()(const ir::RenameTable& op) const {
        ir::Table back = op.renamed;
        back.name = op.table;
        std::vector<ir::Index> indexes = op.indexes;
        for (auto& i : indexes) i.table = op.table;
        return Ops{{{ir::RenameTable{{op.table.schema, op.new_name}, op.table.name, std::move(back), std::move(indexes)}}}};
    }
    Ops operator()(const ir::AddColumn& op) const { return Ops{{{ir::DropColumn{op.table, op.column, op.constraints, {}}}}}; }
    Ops operator()(const ir::DropColumn& op) const {
        // The column comes back with the constraints that named only it, as
        // its definition; the others and the indexes follow.
        ir::AddColumn add{op.table, op.column, {}};
        std::vector<ir::Op> rest;
        for (const auto& k : op.constraints) {
            bool own = k.kind != ir::Constraint::Kind::Check ? k.columns == std::vector<std::string>{op.column.name} : false;
            if (own) add.constraints.push_back(k);
            else rest.push_back({ir::AddConstraint{op.table, k}});
        }
        std::vector<ir::Op> ops{{std::move(add)}};
        ops.insert(ops.end(), rest.begin(), rest.end());
        for (const auto& i : op.indexes) ops.push_back({ir::CreateIndex{i, false, false}});
        return ops;
    }
    Ops operator()(const ir::RenameColumn& op) const {
        return Ops{{{ir::RenameColumn{op.table, op.new_name, op.column}}}};
    }
    Ops operator()(const ir::AlterColumnType& op) const {
        ir::AlterColumnType back{op.table, op.column, op.previous, op.type, {}};
        // A conversion that needed `using` one way needs a cast back.
        if (op.using_expr) {
            ir::Expr col;
            col.kind = ir::Expr::Kind::Column;
            col.column = op.column;
            ir::Expr cast;
            cast.kind = ir::Expr::Kind::Cast;
            cast.type = op.previous;
            cast.args.push_back(std::move(col));
            back.using_expr = std::move(cast);
        }
        return Ops{{{std::move(back)}}};
    }
    Ops operator()(const ir::SetNullable& op) const {
        return Ops{{{ir::SetNullable{op.table, op.column, op.previous, op.nullable}}}};
    }
    Ops operator()(const ir::SetDefault& op) const {
        return Ops{{{ir::SetDefault{op.table, op.column, op.previous, op.value}}}};
    }
    Ops operator()(const ir::SetColumnComment& op) const {
        return Ops{{{ir::SetColumnComment{op.table, op.column, op.previous, op.comment}}}};
    }
    Ops operator()(const ir::SetTableComment& op) const {
        return Ops{{{ir::SetTableComment{op.table, op.previous, op.comment}}}};
    }
    Ops operator()(const ir::AddConstraint& op) const { return Ops{{{ir::DropConstraint{op.table, op.constraint}}}}; }
    Ops operator()(const ir::DropConstraint& op) const { return Ops{{{ir::AddConstraint{op.table, op.constraint}}}}; }
    Ops operator()(const ir::CreateIndex& op) const { return Ops{{{ir::DropIndex{op.index, false, false}}}}; }
    Ops operator()(const ir::DropIndex& op) const { return Ops{{{ir::CreateIndex{op.index, false, false}}}}; }
    Ops operator()(const ir::CreateEnum& op) const { return Ops{{{ir::DropEnum{op.type}}}}; }
    Ops operator()(const ir::DropEnum& op) const { return Ops{{{ir::CreateEnum{op.type}}}}; }
    Ops operator()(const ir::CreateSchema& op) const { return Ops{{{ir::DropSchema{op.name, false, false}}}}; }
    Ops operator()(const ir::DropSchema& op) const {
        if (op.cascade) return std::nullopt;  // what it took with it is gone
        return Ops{{{ir::CreateSchema{op.name, false}}}};
    }
    Ops operator()(const ir::AddEnumValue&) const { return std::nullopt; }  // no engine can drop a label
    Ops operator()(const ir::Insert&) const { return std::nullopt; }
    Ops operator()(const ir::Update&) const { return std::nullopt; }
    Ops operator()(const ir::Delete&) const { return std::nullopt; }
    Ops operator()(const ir::Execute&) const { return std::nullopt; }
    Ops operator()(const ir::AlterTable& op) const {
        ir::AlterTable back{op.table, {}, op.after, op.before, op.indexes_after, op.indexes_before};
        for (auto it = op.actions.rbegin(); it != op.actions.rend(); ++it) {
            auto undo = invert(*it);
            if (!undo) return std::nullopt;
            back.actions.insert(back.actions.end(), undo->begin(), undo->end());
        }
        return Ops{{{std::move(back)}}};
    }
};

}  // namespace

// A derived op points at the statement it undoes: that is where a person
// looks when the engine cannot run it.
void locate(ir::Op& op, const std::optional<Location>& where) {
    if (!op.where) op.where = where;
    if (auto* batch = std::get_if<ir::AlterTable>(&op.node))
        for (auto& action : batch->actions) locate(action, where);
}

std::optional<std::vector<ir::Op>> invert(const ir::Op& op) {
    if (op.no_op) return std::vector<ir::Op>{};
    auto ops = std::visit(Inverter{}, op.node);
    if (ops)
        for (auto& derived : *ops) locate(derived, op.where);
    return ops;
}

}  // namespace migc

namespace migc {

std::optional<std::vector<ir::Op>> invert_revision(const std::vector<ir::Op>& ops, const ir::Op** irreversible) {
    std::set<ir::ObjectName> new_tables;
    std::set<std::pair<ir::ObjectName, std::string>> new_columns;
    auto note = [&](const ir::Op& op) {
        if (const auto* t = std::get_if<ir::CreateTable>(&op.node); t && !op.no_op) new_tables.insert(t->table.name);
        if (const auto* c = std::get_if<ir::AddColumn>(&op.node)) new_columns.insert({c->table, c->column.name});
    };
    for (const auto& op : ops) {
        note(op);
        if (const auto* batch = std::get_if<ir::AlterTable>(&op.node))
            for (const auto& action : batch->actions) note(action);
    }
    auto confined = [&](const ir::Op& op) {
        if (const auto* i = std::get_if<ir::Insert>(&op.node)) return new_tables.count(i->table) > 0;
        if (const auto* u = std::get_if<ir::Update>(&op.node))
            return new_tables.count(u->table) > 0 ||
                   std::all_of(u->sets.begin(), u->sets.end(),
                               [&](const ir::Assignment& a) { return new_columns.count({u->table, a.column}) > 0; });
        return false;
    };
    std::vector<ir::Op> out;
    for (auto it = ops.rbegin(); it != ops.rend(); ++it) {
        if (confined(*it)) continue;
        auto undo = invert(*it);
        if (!undo) {
            *irreversible = &*it;
            return std::nullopt;
        }
        for (auto& op : *undo) out.push_back(std::move(op));
    }
    return out;
}

}  // namespace migc
