#include "compiler/sema/schema_model.hpp"

#include <algorithm>

namespace migc {

const ir::Column* ir::Table::find_column(std::string_view column) const {
    for (const auto& c : columns)
        if (c.name == column) return &c;
    return nullptr;
}

const ir::Constraint* ir::Table::primary_key() const {
    for (const auto& k : constraints)
        if (k.kind == Constraint::Kind::PrimaryKey) return &k;
    return nullptr;
}

const ir::Table* SchemaModel::find_table(const ir::ObjectName& name) const {
    auto it = tables.find(name);
    return it == tables.end() ? nullptr : &it->second;
}

ir::Table* SchemaModel::find_table(const ir::ObjectName& name) {
    auto it = tables.find(name);
    return it == tables.end() ? nullptr : &it->second;
}

const ir::Enum* SchemaModel::find_enum(const ir::ObjectName& name) const {
    auto it = enums.find(name);
    return it == enums.end() ? nullptr : &it->second;
}

std::vector<ir::Index> SchemaModel::indexes_on(const ir::ObjectName& table) const {
    std::vector<ir::Index> out;
    if (auto it = index_names.find(table); it != index_names.end())
        for (const auto& name : it->second) out.push_back(indexes.at(name));
    return out;
}

void SchemaModel::forget(const ir::ObjectName& table) {
    const ir::Table* t = find_table(table);
    if (!t) return;
    for (const auto& k : t->constraints) {
        if (k.kind == ir::Constraint::Kind::PrimaryKey || k.kind == ir::Constraint::Kind::Unique)
            key_names.erase({table.schema, k.name});
        if (k.kind == ir::Constraint::Kind::ForeignKey)
            if (auto it = referrers.find(k.ref_table); it != referrers.end()) it->second.erase(table);
    }
}

void SchemaModel::remember(const ir::ObjectName& table) {
    const ir::Table* t = find_table(table);
    if (!t) return;
    for (const auto& k : t->constraints) remember(table, k);
}

void SchemaModel::remember(const ir::ObjectName& table, const ir::Constraint& k) {
    if (k.kind == ir::Constraint::Kind::PrimaryKey || k.kind == ir::Constraint::Kind::Unique)
        key_names[{table.schema, k.name}] = table;
    if (k.kind == ir::Constraint::Kind::ForeignKey && k.ref_table != table) referrers[k.ref_table].insert(table);
}

void SchemaModel::forget(const ir::ObjectName& table, const ir::Constraint& k, const ir::Table& table_now) {
    if (k.kind == ir::Constraint::Kind::PrimaryKey || k.kind == ir::Constraint::Kind::Unique)
        key_names.erase({table.schema, k.name});
    if (k.kind != ir::Constraint::Kind::ForeignKey) return;
    // The table still refers to k's table while another foreign key names it.
    for (const auto& other : table_now.constraints)
        if (other.kind == ir::Constraint::Kind::ForeignKey && other.ref_table == k.ref_table) return;
    if (auto it = referrers.find(k.ref_table); it != referrers.end()) it->second.erase(table);
}

namespace {

// A rename of column `from` to `to` in every expression that names it.
void rename_in(ir::Expr& e, const std::string& from, const std::string& to) {
    if (e.kind == ir::Expr::Kind::Column && e.column == from) e.column = to;
    for (auto& a : e.args) rename_in(a, from, to);
}

void rename_in(Box<ir::Expr>& e, const std::string& from, const std::string& to) {
    if (e) rename_in(*e, from, to);
}

void rename_in(std::vector<std::string>& names, const std::string& from, const std::string& to) {
    std::replace(names.begin(), names.end(), from, to);
}

struct Replay {
    SchemaModel& m;

    void operator()(const ir::CreateTable& op) {
        if (m.tables.count(op.table.name)) return;  // `if not exists` on an existing table
        m.tables.emplace(op.table.name, op.table);
        m.remember(op.table.name);
    }
    void operator()(const ir::DropTable& op) {
        m.forget(op.table.name);
        m.tables.erase(op.table.name);
        if (auto it = m.index_names.find(op.table.name); it != m.index_names.end()) {
            for (const auto& name : it->second) m.indexes.erase(name);
            m.index_names.erase(it);
        }
    }
    void operator()(const ir::RenameTable& op) {
        m.forget(op.table);
        auto node = m.tables.extract(op.table);
        if (node.empty()) return;
        ir::ObjectName renamed{op.table.schema, op.new_name};
        node.key() = renamed;
        node.mapped().name = renamed;
        m.tables.insert(std::move(node));
        if (auto it = m.index_names.extract(op.table); !it.empty()) {
            for (const auto& name : it.mapped()) m.indexes.at(name).table = renamed;
            it.key() = renamed;
            m.index_names.insert(std::move(it));
        }
        if (auto it = m.referrers.extract(op.table); !it.empty()) {
            for (const auto& referrer : it.mapped())
                for (auto& k : m.tables.at(referrer).constraints)
                    if (k.kind == ir::Constraint::Kind::ForeignKey && k.ref_table == op.table) k.ref_table = renamed;
            it.key() = renamed;
            m.referrers.insert(std::move(it));
        }
        m.remember(renamed);
    }
    // Column and constraint changes update key_names and referrers for the
    // constraints they add or drop only: re-reading the whole table at every
    // op was a third of the check.
    void operator()(const ir::AddColumn& op) {
        ir::Table* t = m.find_table(op.table);
        if (!t) return;
        t->columns.push_back(op.column);
        for (const auto& k : op.constraints) {
            add_constraint(*t, k);
            m.remember(op.table, k);
        }
    }
    void operator()(const ir::DropColumn& op) {
        ir::Table* t = m.find_table(op.table);
        if (!t) return;
        std::erase_if(t->columns, [&](const ir::Column& c) { return c.name == op.column.name; });
        for (const auto& k : op.constraints)
            std::erase_if(t->constraints, [&](const ir::Constraint& c) { return c.name == k.name; });
        for (const auto& k : op.constraints) m.forget(op.table, k, *t);
        for (const auto& i : op.indexes) drop_index(i.name);
    }
    void operator()(const ir::RenameColumn& op) {
        ir::Table* t = m.find_table(op.table);
        if (!t) return;
        for (auto& c : t->columns)
            if (c.name == op.column) c.name = op.new_name;
        for (auto& k : t->constraints) {
            rename_in(k.columns, op.column, op.new_name);
            rename_in(k.check, op.column, op.new_name);
        }
        for (const auto& name : m.index_names[op.table]) {
            ir::Index& index = m.indexes.at(name);
            for (auto& el : index.elements) {
                if (el.column && *el.column == op.column) el.column = op.new_name;
                rename_in(el.expr, op.column, op.new_name);
            }
            rename_in(index.where, op.column, op.new_name);
        }
        for (const auto& referrer : m.referrers[op.table])
            for (auto& k : m.tables.at(referrer).constraints)
                if (k.kind == ir::Constraint::Kind::ForeignKey && k.ref_table == op.table)
                    rename_in(k.ref_columns, op.column, op.new_name);
    }
    template <typename F>
    void column(const ir::ObjectName& table, const std::string& name, F change) {
        if (ir::Table* t = m.find_table(table))
            for (auto& c : t->columns)
                if (c.name == name) change(c);
    }
    void operator()(const ir::AlterColumnType& op) {
        column(op.table, op.column, [&](ir::Column& c) { c.type = op.type; });
    }
    void operator()(const ir::SetNullable& op) {
        column(op.table, op.column, [&](ir::Column& c) { c.nullable = op.nullable; });
    }
    void operator()(const ir::SetDefault& op) {
        column(op.table, op.column, [&](ir::Column& c) { c.default_value = op.value; });
    }
    void operator()(const ir::SetColumnComment& op) {
        column(op.table, op.column, [&](ir::Column& c) { c.comment = op.comment; });
    }
    void operator()(const ir::SetTableComment& op) {
        if (ir::Table* t = m.find_table(op.table)) t->comment = op.comment;
    }
    // A primary key makes its columns NOT NULL, as both engines do.
    static void add_constraint(ir::Table& t, const ir::Constraint& k) {
        if (k.kind == ir::Constraint::Kind::PrimaryKey) {
            for (auto& c : t.columns)
                if (std::find(k.columns.begin(), k.columns.end(), c.name) != k.columns.end()) c.nullable = false;
            t.constraints.insert(t.constraints.begin(), k);
            return;
        }
        t.constraints.push_back(k);
    }
    void operator()(const ir::AddConstraint& op) {
        ir::Table* t = m.find_table(op.table);
        if (!t) return;
        add_constraint(*t, op.constraint);
        m.remember(op.table, op.constraint);
    }
    void operator()(const ir::DropConstraint& op) {
        ir::Table* t = m.find_table(op.table);
        if (!t) return;
        std::erase_if(t->constraints, [&](const ir::Constraint& c) { return c.name == op.constraint.name; });
        m.forget(op.table, op.constraint, *t);
    }
    void operator()(const ir::CreateIndex& op) {
        if (m.indexes.emplace(op.index.name, op.index).second) m.index_names[op.index.table].insert(op.index.name);
    }
    void drop_index(const ir::ObjectName& name) {
        auto it = m.indexes.find(name);
        if (it == m.indexes.end()) return;
        m.index_names[it->second.table].erase(name);
        m.indexes.erase(it);
    }
    void operator()(const ir::DropIndex& op) { drop_index(op.index.name); }
    void operator()(const ir::CreateEnum& op) { m.enums.emplace(op.type.name, op.type); }
    void operator()(const ir::AddEnumValue& op) {
        auto it = m.enums.find(op.type);
        if (it == m.enums.end()) return;
        auto& labels = it->second.labels;
        auto pos = labels.end();
        if (op.before) pos = std::find(labels.begin(), labels.end(), *op.before);
        if (op.after) {
            pos = std::find(labels.begin(), labels.end(), *op.after);
            if (pos != labels.end()) ++pos;
        }
        labels.insert(pos, op.value);
        // Column types carry their labels (SQLite writes them into a CHECK).
        m.tables.for_each_unordered([&](const ir::ObjectName&, ir::Table& table) {
            for (auto& c : table.columns)
                if (c.type.kind == ir::Type::Kind::Enum && c.type.enum_name() == op.type) c.type.enum_ref->labels = labels;
        });
    }
    void operator()(const ir::DropEnum& op) { m.enums.erase(op.type.name); }
    void operator()(const ir::CreateSchema& op) { m.schemas.insert(op.name); }
    void operator()(const ir::DropSchema& op) {
        m.schemas.erase(op.name);
        auto in_schema = [&](const ir::ObjectName& key) { return key.schema == op.name; };
        m.tables.for_each_unordered([&](const ir::ObjectName& key, ir::Table&) {
            if (in_schema(key)) m.forget(key);
        });
        m.tables.erase_if(in_schema);
        m.index_names.erase_if(in_schema);
        m.referrers.erase_if(in_schema);
        m.indexes.erase_if(in_schema);
        m.enums.erase_if(in_schema);
    }
    void operator()(const ir::AlterTable& op) {
        for (const auto& action : op.actions) std::visit(*this, action.node);
    }
    void operator()(const ir::Insert&) {}
    void operator()(const ir::Update&) {}
    void operator()(const ir::Delete&) {}
    void operator()(const ir::Execute&) {}
};

}  // namespace

void SchemaModel::apply(const ir::Op& op) { std::visit(Replay{*this}, op.node); }

}  // namespace migc
