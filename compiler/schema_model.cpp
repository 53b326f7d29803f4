#include "compiler/schema_model.hpp"

#include <algorithm>

namespace migc {

std::string qualified_key(const ast::QualifiedName& name) {
    return name.schema ? name.schema->text + "." + name.name.text : name.name.text;
}

const ColumnModel* TableModel::find_column(const std::string& column) const {
    for (const auto& c : columns)
        if (c.name == column) return &c;
    return nullptr;
}

const std::vector<std::string>* SchemaModel::find_enum(const ast::QualifiedName& name) const {
    auto it = enums.find(qualified_key(name));
    return it == enums.end() ? nullptr : &it->second;
}

namespace {

ColumnModel column_model(const ast::ColumnDef& def) {
    return {def.name.text, def.type, !(def.primary_key || def.identity || def.nullable == false)};
}

struct Replay {
    SchemaModel& model;

    void operator()(const ast::CreateTable& s) {
        TableModel t;
        t.name = qualified_key(s.table);
        for (const auto& c : s.columns) {
            t.columns.push_back(column_model(c));
            if (c.primary_key || c.identity) t.primary_key.push_back(c.name.text);
        }
        for (const auto& k : s.constraints)
            if (k.kind == ast::TableConstraint::Kind::PrimaryKey)
                for (const auto& c : k.columns) t.primary_key.push_back(c.text);
        model.tables.emplace(t.name, std::move(t));
    }
    void operator()(const ast::DropTable& s) { model.tables.erase(qualified_key(s.table)); }
    void operator()(const ast::RenameTable& s) {
        auto node = model.tables.extract(qualified_key(s.table));
        if (node.empty()) return;
        ast::QualifiedName renamed = s.table;
        renamed.name = s.new_name;
        node.key() = qualified_key(renamed);
        node.mapped().name = node.key();
        model.tables.insert(std::move(node));
    }
    void operator()(const ast::AlterTable& s) {
        auto it = model.tables.find(qualified_key(s.table));
        if (it == model.tables.end()) return;
        auto& cols = it->second.columns;
        auto find = [&](const ast::Name& n) {
            return std::find_if(cols.begin(), cols.end(), [&](const ColumnModel& c) { return c.name == n.text; });
        };
        for (const auto& action : s.actions) {
            std::visit(
                [&](const auto& a) {
                    using A = std::decay_t<decltype(a)>;
                    if constexpr (std::is_same_v<A, ast::AddColumn>) {
                        cols.push_back(column_model(a.column));
                    } else if constexpr (std::is_same_v<A, ast::DropColumn>) {
                        if (auto c = find(a.column); c != cols.end()) cols.erase(c);
                    } else if constexpr (std::is_same_v<A, ast::RenameColumn>) {
                        if (auto c = find(a.column); c != cols.end()) c->name = a.new_name.text;
                        auto& pk = it->second.primary_key;
                        std::replace(pk.begin(), pk.end(), a.column.text, a.new_name.text);
                    } else if constexpr (std::is_same_v<A, ast::AlterColumnType>) {
                        if (auto c = find(a.column); c != cols.end()) c->type = a.type;
                    } else if constexpr (std::is_same_v<A, ast::AlterColumnNullability>) {
                        if (auto c = find(a.column); c != cols.end()) c->nullable = a.nullable;
                    }
                },
                action.node);
        }
    }
    void operator()(const ast::CreateEnum& s) {
        auto& labels = model.enums[qualified_key(s.name)];
        labels.clear();
        for (const auto& l : s.labels) labels.push_back(l.text);
    }
    void operator()(const ast::AlterEnumAddValue& s) {
        auto it = model.enums.find(qualified_key(s.name));
        if (it == model.enums.end()) return;
        auto& labels = it->second;
        auto pos = labels.end();
        if (s.before) pos = std::find(labels.begin(), labels.end(), s.before->text);
        if (s.after) {
            pos = std::find(labels.begin(), labels.end(), s.after->text);
            if (pos != labels.end()) ++pos;
        }
        labels.insert(pos, s.value.text);
    }
    void operator()(const ast::DropType& s) { model.enums.erase(qualified_key(s.name)); }
    template <typename Other>
    void operator()(const Other&) {}
};

}  // namespace

void SchemaModel::apply(const ast::Statement& stmt) { std::visit(Replay{*this}, stmt.node); }

}  // namespace migc
