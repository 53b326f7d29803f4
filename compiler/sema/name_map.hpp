// NameMap: the schema model's objects by (schema, name), found by hash and
// listed in key order. A history of 100,000 revisions holds tens of thousands
// of tables, and the check looks names up several times per statement: an
// ordered map compared a dozen names per lookup. Nothing iterates a NameMap
// in hash order (it has no begin()): every listing goes through sorted(), so
// that printers, suggestions and error messages stay deterministic.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "compiler/sema/ir.hpp"

namespace migc {

struct ObjectNameHash {
    std::size_t operator()(const ir::ObjectName& n) const noexcept {
        std::size_t h = std::hash<std::string_view>{}(n.name);
        if (!n.schema.empty()) h ^= std::hash<std::string_view>{}(n.schema) * 0x9e3779b97f4a7c15ULL;
        return h;
    }
};

template <class V>
class NameMap {
    using Map = std::unordered_map<ir::ObjectName, V, ObjectNameHash>;

public:
    using value_type = typename Map::value_type;
    using iterator = typename Map::iterator;
    using const_iterator = typename Map::const_iterator;
    using node_type = typename Map::node_type;

    iterator find(const ir::ObjectName& k) { return map_.find(k); }
    const_iterator find(const ir::ObjectName& k) const { return map_.find(k); }
    iterator end() { return map_.end(); }
    const_iterator end() const { return map_.end(); }
    std::size_t count(const ir::ObjectName& k) const { return map_.count(k); }
    V& at(const ir::ObjectName& k) { return map_.at(k); }
    const V& at(const ir::ObjectName& k) const { return map_.at(k); }
    V& operator[](const ir::ObjectName& k) { return map_[k]; }
    template <class... Args>
    std::pair<iterator, bool> emplace(Args&&... args) {
        return map_.emplace(std::forward<Args>(args)...);
    }
    std::size_t erase(const ir::ObjectName& k) { return map_.erase(k); }
    iterator erase(iterator it) { return map_.erase(it); }
    node_type extract(const ir::ObjectName& k) { return map_.extract(k); }
    void insert(node_type&& node) { map_.insert(std::move(node)); }
    std::size_t size() const { return map_.size(); }
    bool empty() const { return map_.empty(); }
    bool operator==(const NameMap&) const = default;

    // Every entry in hash order, for changes that do not depend on the order.
    template <class F>
    void for_each_unordered(F&& f) {
        for (auto& [key, value] : map_) f(key, value);
    }
    template <class Pred>
    void erase_if(Pred&& pred) {
        std::erase_if(map_, [&](const value_type& kv) { return pred(kv.first); });
    }

    // Every entry, in key order: `for (const auto& [name, value] : map.sorted())`.
    std::vector<std::pair<const ir::ObjectName&, const V&>> sorted() const { return sorted_of<const V>(map_, all); }
    std::vector<std::pair<const ir::ObjectName&, V&>> sorted() { return sorted_of<V>(map_, all); }
    // The entries for which pred(name, value) holds, in key order: a scan of
    // the map that sorts only what it found.
    template <class Pred>
    std::vector<std::pair<const ir::ObjectName&, const V&>> sorted_if(Pred&& pred) const {
        return sorted_of<const V>(map_, pred);
    }

private:
    static constexpr auto all = [](const ir::ObjectName&, const V&) { return true; };

    template <class Value, class M, class Pred>
    static std::vector<std::pair<const ir::ObjectName&, Value&>> sorted_of(M& map, const Pred& pred) {
        using Entry = std::conditional_t<std::is_const_v<Value>, const value_type, value_type>;
        std::vector<Entry*> entries;
        for (auto& entry : map)
            if (pred(entry.first, entry.second)) entries.push_back(&entry);
        std::sort(entries.begin(), entries.end(), [](const Entry* a, const Entry* b) { return a->first < b->first; });
        std::vector<std::pair<const ir::ObjectName&, Value&>> out;
        out.reserve(entries.size());
        for (Entry* e : entries) out.emplace_back(e->first, e->second);
        return out;
    }

    Map map_;
};

}  // namespace migc
