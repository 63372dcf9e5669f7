// core/primitives/task_codec.hpp — task arguments and results as bytes, so a task can
// reach a worker process that was fork()ed before the task existed.
//
// A process pool cannot hand a worker a std::function built after the fork:
// the worker's copy of the parent's memory is frozen at fork time. What it can
// receive is a message through an arena Queue: a function *pointer* (valid in
// every process of the run: same binary, same layout, fork keeps addresses)
// plus its arguments, encoded here. Results and error messages come back the
// same way.
//
// The encoding is tagged, so any encoded value can be shown without knowing
// its type (repr(), for the inspector and the console), and a decode that
// meets the wrong tag fails loudly (CodecError) instead of reading garbage:
//   None 'N' | int 'i' int64 | float 'd' double | bool 'b' byte
//   str 's' u32 length, bytes | tuple 't' u32 n, n values | list 'l' u32 n, n values
//   raw 'r' u32 size, bytes (any other trivially copyable type: a struct, or
//       a runtime handle such as Queue<T>, Lock or Event, which is an object
//       index and therefore means the same in every process)
// Supported C++ types: bool, integral types (as int64), floating-point types
// (as double), std::string, std::optional<T> (None when empty), std::pair,
// std::tuple, std::vector of any of these, NoneType, and trivially copyable
// non-pointer types. Native-endian: writer and reader are the same binary.
// A raw struct must not hold pointers into memory created after the fork.
//
// Also here: the trampolines a worker calls. A task message names its
// trampoline (a function pointer, like the task function itself):
// call_one decodes a tuple of the function's parameters and encodes the
// result; call_map / call_starmap do the same for a chunk of a map/starmap and
// return a list.
//
// Thread rules: pure functions and value types; any thread, any process.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/runtime/runtime.hpp"

namespace il::core {

// Python's None, as a value (what a task returning void produces).
struct NoneType {
    bool operator==(const NoneType&) const = default;
};

struct CodecError : RuntimeError {
    using RuntimeError::RuntimeError;
};

enum class CodecTag : uint8_t {
    None = 'N', Int = 'i', Double = 'd', Bool = 'b', Str = 's', Tuple = 't', List = 'l', Raw = 'r'
};

class Writer {
public:
    void tag(CodecTag t) { out_.push_back(static_cast<char>(t)); }
    void u32(uint32_t v) { raw(&v, sizeof v); }
    void i64(int64_t v) { raw(&v, sizeof v); }
    void f64(double v) { raw(&v, sizeof v); }
    void raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
    void reserve(size_t n) { out_.reserve(n); }
    std::string& bytes() { return out_; }
    size_t size() const { return out_.size(); }

private:
    std::string out_;
};

class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
    CodecTag tag() { return static_cast<CodecTag>(take(1)[0]); }
    CodecTag peek_tag() const;
    void expect(CodecTag t);
    uint32_t u32() { return pod<uint32_t>(); }
    int64_t i64() { return pod<int64_t>(); }
    double f64() { return pod<double>(); }
    std::string_view take(size_t n);
    bool done() const { return pos_ == in_.size(); }
    size_t left() const { return in_.size() - pos_; }

private:
    template <typename T>
    T pod() {
        T v;
        std::memcpy(&v, take(sizeof v).data(), sizeof v);
        return v;
    }
    std::string_view in_;
    size_t pos_ = 0;
};

// Python's repr() of the encoded value at the reader (advances past it):
// None, 42, 0.5, True, 'text', (1, 'a'), [1, 2], <raw 8 bytes>. Output longer
// than max_chars is cut with "...".
std::string repr(Reader& r, size_t max_chars = 200);
std::string repr_bytes(std::string_view encoded, size_t max_chars = 200);

template <typename T>
struct Codec;

template <typename T>
void encode(Writer& w, const T& v) {
    Codec<std::remove_cvref_t<T>>::put(w, v);
}
template <typename T>
T decode(Reader& r) {
    return Codec<T>::get(r);
}
template <typename T>
std::string encode_bytes(const T& v) {
    Writer w;
    encode(w, v);
    return std::move(w.bytes());
}
template <typename T>
T decode_bytes(std::string_view bytes) {
    Reader r(bytes);
    T v = decode<T>(r);
    if (!r.done()) throw CodecError("interleave: trailing bytes after a decoded value");
    return v;
}

// True when T has an encoding.
template <typename T>
inline constexpr bool kEncodable = requires(Writer& w, const T& v) { Codec<T>::put(w, v); };

// repr() of a value, when it has an encoding ("" otherwise).
template <typename T>
std::string repr_of(const T& v, size_t max_chars = 200) {
    if constexpr (kEncodable<T>) return repr_bytes(encode_bytes(v), max_chars);
    else return {};
}

template <typename T>
inline constexpr bool kRawCodec = std::is_trivially_copyable_v<T> && !std::is_pointer_v<T> &&
                                  !std::is_arithmetic_v<T> && !std::is_same_v<T, std::string_view> &&
                                  !std::is_same_v<T, NoneType>;

template <>
struct Codec<NoneType> {
    static void put(Writer& w, NoneType) { w.tag(CodecTag::None); }
    static NoneType get(Reader& r) {
        r.expect(CodecTag::None);
        return {};
    }
};

template <>
struct Codec<bool> {
    static void put(Writer& w, bool v) {
        w.tag(CodecTag::Bool);
        const char b = v ? 1 : 0;
        w.raw(&b, 1);
    }
    static bool get(Reader& r) {
        r.expect(CodecTag::Bool);
        return r.take(1)[0] != 0;
    }
};

template <typename T>
    requires(std::is_integral_v<T> && !std::is_same_v<T, bool>)
struct Codec<T> {
    static void put(Writer& w, T v) {
        w.tag(CodecTag::Int);
        w.i64(static_cast<int64_t>(v));
    }
    static T get(Reader& r) {
        r.expect(CodecTag::Int);
        return static_cast<T>(r.i64());
    }
};

template <typename T>
    requires std::is_floating_point_v<T>
struct Codec<T> {
    static void put(Writer& w, T v) {
        w.tag(CodecTag::Double);
        w.f64(static_cast<double>(v));
    }
    static T get(Reader& r) {
        r.expect(CodecTag::Double);
        return static_cast<T>(r.f64());
    }
};

template <>
struct Codec<std::string> {
    static void put(Writer& w, std::string_view v) {
        w.tag(CodecTag::Str);
        w.u32(static_cast<uint32_t>(v.size()));
        w.raw(v.data(), v.size());
    }
    static std::string get(Reader& r) {
        r.expect(CodecTag::Str);
        return std::string(r.take(r.u32()));
    }
};

template <typename T>
struct Codec<std::optional<T>> {
    static void put(Writer& w, const std::optional<T>& v) {
        if (v) encode(w, *v);
        else w.tag(CodecTag::None);
    }
    static std::optional<T> get(Reader& r) {
        if (r.peek_tag() == CodecTag::None) {
            r.tag();
            return std::nullopt;
        }
        return decode<T>(r);
    }
};

template <typename T>
struct Codec<std::vector<T>> {
    static void put(Writer& w, const std::vector<T>& v) {
        w.tag(CodecTag::List);
        w.u32(static_cast<uint32_t>(v.size()));
        for (const auto& x : v) encode(w, static_cast<const T&>(x));
    }
    static std::vector<T> get(Reader& r) {
        r.expect(CodecTag::List);
        const uint32_t n = r.u32();
        if (n > r.left()) throw CodecError("interleave: a list longer than its bytes");
        std::vector<T> v;
        v.reserve(n);
        for (uint32_t i = 0; i < n; ++i) v.push_back(decode<T>(r));
        return v;
    }
};

template <typename... T>
struct Codec<std::tuple<T...>> {
    static void put(Writer& w, const std::tuple<T...>& v) {
        w.tag(CodecTag::Tuple);
        w.u32(sizeof...(T));
        std::apply([&](const auto&... x) { (encode(w, x), ...); }, v);
    }
    static std::tuple<T...> get(Reader& r) {
        r.expect(CodecTag::Tuple);
        if (r.u32() != sizeof...(T)) throw CodecError("interleave: a tuple of the wrong length");
        return std::tuple<T...>{decode<T>(r)...};  // braced: left to right
    }
};

template <typename A, typename B>
struct Codec<std::pair<A, B>> {
    static void put(Writer& w, const std::pair<A, B>& v) { encode(w, std::tuple<A, B>(v.first, v.second)); }
    static std::pair<A, B> get(Reader& r) {
        auto t = decode<std::tuple<A, B>>(r);
        return {std::move(std::get<0>(t)), std::move(std::get<1>(t))};
    }
};

template <typename T>
    requires kRawCodec<T>
struct Codec<T> {
    static void put(Writer& w, const T& v) {
        w.tag(CodecTag::Raw);
        w.u32(sizeof(T));
        w.raw(&v, sizeof(T));
    }
    static T get(Reader& r) {
        r.expect(CodecTag::Raw);
        if (r.u32() != sizeof(T)) throw CodecError("interleave: a raw value of the wrong size");
        // No default construction: a runtime handle's constructor would create a new object.
        std::array<std::byte, sizeof(T)> bytes;
        std::memcpy(bytes.data(), r.take(sizeof(T)).data(), sizeof(T));
        return std::bit_cast<T>(bytes);
    }
};

// ------------------------------------------------------------ task functions

// What a task returns, as stored: void becomes NoneType.
template <typename R>
using ValueOf = std::conditional_t<std::is_void_v<R>, NoneType, R>;

// The pieces of a task function's type.
template <typename F>
struct FnTraits;
template <typename R, typename... P>
struct FnTraits<R (*)(P...)> {
    using Result = R;
    using Args = std::tuple<std::decay_t<P>...>;
    static constexpr size_t arity = sizeof...(P);
};

// A plain function, or a lambda without captures, as a function pointer.
template <typename F>
auto as_task_fn(F f) {
    if constexpr (std::is_pointer_v<F> && std::is_function_v<std::remove_pointer_t<F>>) {
        return f;
    } else {
        static_assert(std::is_convertible_v<F, decltype(+f)>,
                      "a pool task must be a plain function or a lambda without captures: a worker process "
                      "cannot reach state captured after it was forked; pass what it needs as arguments");
        return +f;
    }
}

// How a worker runs a task message: fn is the task function's address.
using Trampoline = void (*)(uintptr_t fn, Reader& args, Writer& out);

template <typename R, typename... P>
ValueOf<R> call_with(R (*f)(P...), std::tuple<std::decay_t<P>...>&& args) {
    if constexpr (std::is_void_v<R>) {
        std::apply(f, std::move(args));
        return {};
    } else {
        return std::apply(f, std::move(args));
    }
}

// One call: args is a tuple of the parameters; out receives the result.
template <typename R, typename... P>
void call_one(uintptr_t fn, Reader& args, Writer& out) {
    auto f = reinterpret_cast<R (*)(P...)>(fn);
    encode(out, call_with(f, decode<std::tuple<std::decay_t<P>...>>(args)));
}

// A map chunk: args is a list of single arguments; out receives a list.
template <typename R, typename P>
void call_map(uintptr_t fn, Reader& args, Writer& out) {
    auto f = reinterpret_cast<R (*)(P)>(fn);
    args.expect(CodecTag::List);
    const uint32_t n = args.u32();
    out.tag(CodecTag::List);
    out.u32(n);
    for (uint32_t i = 0; i < n; ++i)
        encode(out, call_with(f, std::tuple<std::decay_t<P>>(decode<std::decay_t<P>>(args))));
}

// A starmap chunk: args is a list of argument tuples; out receives a list.
template <typename R, typename... P>
void call_starmap(uintptr_t fn, Reader& args, Writer& out) {
    auto f = reinterpret_cast<R (*)(P...)>(fn);
    args.expect(CodecTag::List);
    const uint32_t n = args.u32();
    out.tag(CodecTag::List);
    out.u32(n);
    for (uint32_t i = 0; i < n; ++i) encode(out, call_with(f, decode<std::tuple<std::decay_t<P>...>>(args)));
}

template <typename R, typename... P>
constexpr Trampoline one_trampoline(R (*)(P...)) {
    return &call_one<R, P...>;
}
template <typename R, typename P>
constexpr Trampoline map_trampoline(R (*)(P)) {
    return &call_map<R, P>;
}
template <typename R, typename... P>
constexpr Trampoline starmap_trampoline(R (*)(P...)) {
    return &call_starmap<R, P...>;
}

}  // namespace il::core
