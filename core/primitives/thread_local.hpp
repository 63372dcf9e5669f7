// core/primitives/thread_local.hpp — ThreadLocal<T>: Python's threading.local for one
// attribute: one global name, a separate value per thread.
//
// Storage is one fixed-size cell per worker slot in the arena heap
// (max_workers cells of kLocalCellBytes), so the observer can show every
// thread's value side by side (thread_local_values). A cell holds a seqlock
// `version` (0: this worker never set a value; odd: being written; even: a
// value is there), the value's length and up to kLocalValueBytes bytes
// (core/common/value_bytes.hpp says how a T becomes bytes).
//
// Thread rules: a worker reads and writes only its own cell, so the value
// needs no lock between workers. Ordering: set() makes `version` odd, writes,
// then stores the next even `version` with release; the observer's lock-free
// reader retries until it reads the same even version before and after the
// bytes (a seqlock), so it never shows a half-written value.
//
// Each worker is its own "thread": a fork()ed child is a new worker and starts
// with no value, where Python's child would inherit a copy of the forking
// thread's value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/runtime/runtime.hpp"
#include "core/common/value_bytes.hpp"

namespace il::core {

inline constexpr uint32_t kLocalCellBytes = 64;
inline constexpr uint32_t kLocalValueBytes = kLocalCellBytes - 8;

namespace detail {
uint32_t local_create(std::string_view name, ValueType vt, uint32_t line);
// The calling worker's value; nullopt when it has none (or raises Python's
// AttributeError as RuntimeError when `raise_if_unset`).
std::optional<std::string> local_get(uint32_t id, bool raise_if_unset, uint32_t line);
void local_set(uint32_t id, std::string_view bytes, uint32_t line);
}  // namespace detail

template <typename T>
class ThreadLocal {
    static_assert(std::is_same_v<T, std::string> || (kStorableValue<T> && encoded_size_of<T>() <= kLocalValueBytes),
                  "ThreadLocal<T>: T is int64_t, double, bool, std::string or a small trivially copyable type");

public:
    explicit ThreadLocal(std::string_view name = {}, Loc loc = Loc::current())
        : id_(detail::local_create(name, value_type_for<T>(), line_of(loc))) {}

    // This thread's value. Raises RuntimeError("AttributeError: ...") when this
    // thread has not set one, as reading an unset attribute of a
    // threading.local does.
    T get(Loc loc = Loc::current()) const { return decode_value<T>(*detail::local_get(id_, true, line_of(loc))); }
    // getattr(local, name, default).
    T get_or(const T& fallback, Loc loc = Loc::current()) const {
        std::optional<std::string> b = detail::local_get(id_, false, line_of(loc));
        return b ? decode_value<T>(*b) : fallback;
    }
    // Sets this thread's value. A std::string longer than kLocalValueBytes raises ValueError.
    void set(const T& v, Loc loc = Loc::current()) { detail::local_set(id_, encode_value(v), line_of(loc)); }

    uint32_t id() const { return id_; }

private:
    uint32_t id_;
};

// Observer side: (worker index, Python-style repr of its value) for every
// worker that has set a value, in worker order. Lock-free; never shows a
// half-written value (see the seqlock above).
std::vector<std::pair<uint16_t, std::string>> thread_local_values(const Arena& arena, uint32_t object);

}  // namespace il::core
