// Box<T>: an optional T kept on the heap, with std::optional's interface and
// value semantics (copies copy the T, == compares the T's).
//
// For the rare parts of AST and IR nodes (a column's default or check, a
// cast's type, a WHERE): an empty Box costs one pointer where an
// optional<Expr> costs the whole Expr, in every node, present or not. Nodes
// sit in vectors by the hundred thousand, and the parser builds and drops
// them while it backtracks, so their size is time as well as memory.
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace migc {

template <class T>
class Box {
public:
    Box() = default;
    Box(std::nullopt_t) {}
    Box(const T& value) : p_(std::make_unique<T>(value)) {}
    Box(T&& value) : p_(std::make_unique<T>(std::move(value))) {}
    Box(const std::optional<T>& value) : p_(value ? std::make_unique<T>(*value) : nullptr) {}
    Box(std::optional<T>&& value) : p_(value ? std::make_unique<T>(std::move(*value)) : nullptr) {}
    Box(const Box& o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
    Box(Box&&) noexcept = default;
    Box& operator=(const Box& o) {
        if (this != &o) p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
        return *this;
    }
    Box& operator=(Box&&) noexcept = default;
    Box& operator=(std::nullopt_t) {
        p_.reset();
        return *this;
    }
    Box& operator=(T value) {
        if (p_) *p_ = std::move(value);
        else p_ = std::make_unique<T>(std::move(value));
        return *this;
    }
    Box& operator=(std::optional<T> value) { return *this = Box(std::move(value)); }

    template <class... Args>
    T& emplace(Args&&... args) {
        p_ = std::make_unique<T>(std::forward<Args>(args)...);
        return *p_;
    }
    void reset() { p_.reset(); }

    bool has_value() const { return p_ != nullptr; }
    explicit operator bool() const { return p_ != nullptr; }
    T& operator*() { return *p_; }
    const T& operator*() const { return *p_; }
    T* operator->() { return p_.get(); }
    const T* operator->() const { return p_.get(); }
    T& value() { return p_ ? *p_ : throw std::bad_optional_access(); }
    const T& value() const { return p_ ? *p_ : throw std::bad_optional_access(); }
    std::optional<T> optional() const { return p_ ? std::optional<T>(*p_) : std::nullopt; }

    friend bool operator==(const Box& a, const Box& b) {
        return a.p_ == nullptr || b.p_ == nullptr ? a.p_ == b.p_ : *a.p_ == *b.p_;
    }
    friend bool operator==(const Box& a, std::nullopt_t) { return a.p_ == nullptr; }

private:
    std::unique_ptr<T> p_;
};

}  // namespace migc
