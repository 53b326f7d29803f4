#include "compiler/verify/stable_rows.hpp"

#include <algorithm>
#include <set>

namespace migc::verify {
namespace {

struct Touched {
    bool raw = false;
    std::set<ir::ObjectName> tables;                           // rows written or the table renamed
    std::set<std::pair<ir::ObjectName, std::string>> columns;  // values rewritten or the column renamed

    void operator()(const ir::Insert& op) { tables.insert(op.table); }
    void operator()(const ir::Update& op) { tables.insert(op.table); }
    void operator()(const ir::Delete& op) { tables.insert(op.table); }
    void operator()(const ir::Execute&) { raw = true; }
    void operator()(const ir::DropTable& op) { tables.insert(op.table.name); }
    void operator()(const ir::CreateTable& op) { tables.insert(op.table.name); }
    void operator()(const ir::RenameTable& op) {
        tables.insert(op.table);
        tables.insert({op.table.schema, op.new_name});
    }
    void operator()(const ir::RenameColumn& op) {
        columns.insert({op.table, op.column});
        columns.insert({op.table, op.new_name});
    }
    void operator()(const ir::AlterColumnType& op) { columns.insert({op.table, op.column}); }
    // A cascade may delete rows of referencing tables; a dropped schema takes its tables.
    void operator()(const ir::DropSchema&) { raw = true; }
    void operator()(const ir::AlterTable& op) {
        for (const auto& a : op.actions) std::visit(*this, a.node);
    }
    template <typename T>
    void operator()(const T&) {}
};

// An enum's new label changes no stored value (SQLite only widens its CHECK).
bool same_type(ir::Type a, ir::Type b) {
    if (a.enum_ref) a.enum_ref->labels.clear();
    if (b.enum_ref) b.enum_ref->labels.clear();
    return a == b;
}

}  // namespace

std::vector<StableRows> stable_rows(const std::vector<ir::Op>& ops, const SchemaModel& before,
                                    const SchemaModel& after) {
    Touched touched;
    for (const auto& op : ops) std::visit(touched, op.node);
    if (touched.raw) return {};
    std::vector<StableRows> out;
    for (const auto& [name, table] : after.tables.sorted()) {
        const ir::Table* old = before.find_table(name);
        if (!old || touched.tables.count(name)) continue;
        StableRows rows{name, {}};
        for (const auto& c : table.columns) {
            const ir::Column* was = old->find_column(c.name);
            if (was && same_type(was->type, c.type) && !touched.columns.count({name, c.name}))
                rows.columns.push_back(c.name);
        }
        if (!rows.columns.empty()) out.push_back(std::move(rows));
    }
    return out;
}

std::vector<ir::ObjectName> tables_of(const ir::Op& op) {
    return std::visit(
        [](const auto& o) -> std::vector<ir::ObjectName> {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, ir::CreateTable> || std::is_same_v<T, ir::DropTable>)
                return {o.table.name};
            else if constexpr (std::is_same_v<T, ir::RenameTable>)
                return {o.table, {o.table.schema, o.new_name}};
            else if constexpr (std::is_same_v<T, ir::CreateIndex> || std::is_same_v<T, ir::DropIndex>)
                return {o.index.table};
            else if constexpr (std::is_same_v<T, ir::AddEnumValue>) {
                std::vector<ir::ObjectName> out;
                for (const auto& t : o.tables) out.push_back(t.name);
                return out;
            } else if constexpr (requires { o.table.schema; })
                return {o.table};
            else
                return {};
        },
        op.node);
}

}  // namespace migc::verify
