// core/primitives/shared.hpp — Shared<T>: a shared variable whose loads and stores are
// separate steps, so a lost update can be stepped instruction by instruction
// (`x.store(x.load() + 1)` is a read, then a write, like Python's `x += 1`).
//
// The value lives in the object's arena slot (`value`, as 64 bits), so it is
// shared between threads and between fork()ed processes, like
// multiprocessing.Value. T is an integral, floating-point or bool type.
#pragma once

#include <bit>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "core/runtime/runtime.hpp"

namespace il::core {

namespace detail {
template <typename T>
constexpr ValueType value_type_of() {
    if constexpr (std::is_same_v<T, bool>) return ValueType::Bool;
    else if constexpr (std::is_floating_point_v<T>) return ValueType::Double;
    else return ValueType::Int;
}
template <typename T>
int64_t to_bits(T v) {
    if constexpr (std::is_floating_point_v<T>) return std::bit_cast<int64_t>(static_cast<double>(v));
    else return static_cast<int64_t>(v);
}
template <typename T>
T from_bits(int64_t b) {
    if constexpr (std::is_floating_point_v<T>) return static_cast<T>(std::bit_cast<double>(b));
    else return static_cast<T>(b);
}
// Non-template bodies (core/primitives/shared.cpp).
int64_t shared_load(uint32_t id, uint32_t line);
void shared_store(uint32_t id, int64_t bits, uint32_t line);
uint32_t shared_create(std::string_view name, int64_t bits, ValueType vt, uint32_t line);
}  // namespace detail

template <typename T>
class Shared {
    static_assert(std::is_arithmetic_v<T>, "Shared<T> holds a number or a bool");

public:
    explicit Shared(std::string_view name, T initial = T{}, Loc loc = Loc::current())
        : id_(detail::shared_create(name, detail::to_bits(initial), detail::value_type_of<T>(), line_of(loc))) {}

    T load(Loc loc = Loc::current()) const { return detail::from_bits<T>(detail::shared_load(id_, line_of(loc))); }
    void store(T v, Loc loc = Loc::current()) { detail::shared_store(id_, detail::to_bits(v), line_of(loc)); }
    // Reads the value without a step (for summaries after the workers are done).
    T peek() const { return detail::from_bits<T>(arena()->object(id_).value.load(std::memory_order_acquire)); }
    uint32_t id() const { return id_; }

private:
    uint32_t id_;
};

}  // namespace il::core
