// core/common/value_bytes.hpp — values as bytes, for Queue items and ThreadLocal cells.
//
// Queue<T> and ThreadLocal<T> store their values in the arena heap as plain
// bytes so every process sees them and the observer can show them. This file
// owns the encoding (shared by both) and the observer-side formatting:
//   integral types (not bool)  8 bytes, int64 (ValueType::Int)
//   floating-point types       8 bytes, double (ValueType::Double)
//   bool                       1 byte (ValueType::Bool)
//   std::string                its bytes (ValueType::Text)
//   other trivially copyable   sizeof(T) raw bytes (ValueType::None)
// Encoding is native-endian: writer and reader are always the same binary on
// the same machine.
//
// Thread rules: pure functions, callable from any thread or process.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

#include "core/common/arena.hpp"

namespace il::core {

// ValueType::Repr items start with this many bytes of key (the owner's handle),
// then the repr text, up to the end or a NUL byte (after which the owner may
// keep a payload of its own: a multiprocessing queue's pickled item).
inline constexpr size_t kReprKeyBytes = 8;

template <typename T>
inline constexpr bool kStorableValue =
    std::is_same_v<T, std::string> || (std::is_trivially_copyable_v<T> && !std::is_pointer_v<T>);

// The ValueType the observer uses to show a T.
template <typename T>
constexpr ValueType value_type_for() {
    if constexpr (std::is_same_v<T, std::string>) return ValueType::Text;
    else if constexpr (std::is_same_v<T, bool>) return ValueType::Bool;
    else if constexpr (std::is_integral_v<T>) return ValueType::Int;
    else if constexpr (std::is_floating_point_v<T>) return ValueType::Double;
    else return ValueType::None;
}

// Bytes a T takes when encoded (std::string: its length, known at run time).
template <typename T>
constexpr size_t encoded_size_of() {
    if constexpr (std::is_same_v<T, bool>) return 1;
    else if constexpr (std::is_integral_v<T> || std::is_floating_point_v<T>) return 8;
    else return sizeof(T);
}

template <typename T>
std::string encode_value(const T& v) {
    static_assert(kStorableValue<T>, "store int64_t, double, bool, std::string or a trivially copyable type");
    if constexpr (std::is_same_v<T, std::string>) {
        return v;
    } else if constexpr (std::is_same_v<T, bool>) {
        return std::string(1, v ? '\1' : '\0');
    } else if constexpr (std::is_integral_v<T> || std::is_floating_point_v<T>) {
        using W = std::conditional_t<std::is_integral_v<T>, int64_t, double>;
        const W w = static_cast<W>(v);
        std::string out(sizeof w, '\0');
        std::memcpy(out.data(), &w, sizeof w);
        return out;
    } else {
        std::string out(sizeof(T), '\0');
        std::memcpy(out.data(), &v, sizeof(T));
        return out;
    }
}

// Decodes bytes written by encode_value<T>; short input reads as zero bytes.
template <typename T>
T decode_value(std::string_view bytes) {
    if constexpr (std::is_same_v<T, std::string>) {
        return std::string(bytes);
    } else if constexpr (std::is_same_v<T, bool>) {
        return !bytes.empty() && bytes[0] != '\0';
    } else if constexpr (std::is_integral_v<T> || std::is_floating_point_v<T>) {
        using W = std::conditional_t<std::is_integral_v<T>, int64_t, double>;
        W w{};
        std::memcpy(&w, bytes.data(), std::min(bytes.size(), sizeof w));
        return static_cast<T>(w);
    } else {
        T v{};
        std::memcpy(&v, bytes.data(), std::min(bytes.size(), sizeof(T)));
        return v;
    }
}

// Python-style repr of stored bytes: 42, 0.5, True, 'text', or hex for raw bytes.
std::string format_value(ValueType vt, std::string_view bytes);

// An event's value for stored bytes: the int, the double's bits, 0/1 for a
// bool, else the byte length (strings and raw values).
int64_t value_event_bits(ValueType vt, std::string_view bytes);

}  // namespace il::core
