// task_codec: what a pool task's arguments and results become on their way to
// a worker process and back — round trips, Python's repr of any encoded value,
// loud failures on the wrong tag, and runtime handles crossing without being
// re-created.
#include <doctest.h>

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/primitives/queue.hpp"
#include "core/primitives/task_codec.hpp"
#include "tests/support/in_process_run.hpp"

using namespace il::core;

namespace {

struct Point {
    int32_t x, y;
    bool operator==(const Point&) const = default;
};

template <typename T>
T round_trip(const T& v) {
    return decode_bytes<T>(encode_bytes(v));
}

}  // namespace

TEST_CASE("task_codec: values round-trip unchanged") {
    CHECK(round_trip(int64_t{-42}) == -42);
    CHECK(round_trip(3.25) == 3.25);
    CHECK(round_trip(true));
    CHECK(round_trip(std::string("it's\n")) == "it's\n");
    CHECK(round_trip(std::vector<int64_t>{1, 2, 3}) == std::vector<int64_t>{1, 2, 3});
    using Triple = std::tuple<int, std::string, double>;
    CHECK(round_trip(Triple{1, "a", 0.5}) == Triple{1, "a", 0.5});
    CHECK(round_trip(std::pair<int64_t, bool>{7, false}) == std::pair<int64_t, bool>{7, false});
    CHECK(round_trip(std::optional<int64_t>{}) == std::nullopt);
    CHECK(round_trip(std::optional<int64_t>{9}) == 9);
    CHECK(round_trip(Point{3, -4}) == Point{3, -4});
    using Nested = std::vector<std::vector<std::string>>;
    CHECK(round_trip(Nested{{"x"}, {}}) == Nested{{"x"}, {}});
}

TEST_CASE("task_codec: repr shows any encoded value as Python prints it") {
    CHECK(repr_bytes(encode_bytes(int64_t{42})) == "42");
    CHECK(repr_bytes(encode_bytes(0.1)) == "0.1");
    CHECK(repr_bytes(encode_bytes(2.0)) == "2.0");
    CHECK(repr_bytes(encode_bytes(false)) == "False");
    CHECK(repr_bytes(encode_bytes(std::string("it's"))) == "'it\\'s'");
    CHECK(repr_bytes(encode_bytes(std::tuple<int, std::string>{1, "a"})) == "(1, 'a')");
    CHECK(repr_bytes(encode_bytes(std::tuple<int>{1})) == "(1,)");
    CHECK(repr_bytes(encode_bytes(std::vector<int64_t>{1, 2})) == "[1, 2]");
    CHECK(repr_bytes(encode_bytes(NoneType{})) == "None");
    CHECK(repr_bytes(encode_bytes(Point{1, 2})) == "<raw 8 bytes>");
    std::vector<int64_t> many(1000, 7);
    const std::string cut = repr_bytes(encode_bytes(many), 20);
    CHECK(cut.size() == 20);
    CHECK(cut.ends_with("..."));
    CHECK(repr_bytes("\x01garbage") == "<undecodable 8 bytes>");
}

TEST_CASE("task_codec: decoding the wrong type or cut bytes raises CodecError") {
    CHECK_THROWS_AS(decode_bytes<std::string>(encode_bytes(int64_t{1})), CodecError);
    using Pair = std::tuple<int, int>;
    CHECK_THROWS_AS(decode_bytes<Pair>(encode_bytes(std::tuple<int>{1})), CodecError);
    std::string cut = encode_bytes(std::string("hello"));
    cut.pop_back();
    CHECK_THROWS_AS(decode_bytes<std::string>(cut), CodecError);
    CHECK_THROWS_AS(decode_bytes<int64_t>(encode_bytes(int64_t{1}) + "x"), CodecError);
}

TEST_CASE("task_codec: a runtime handle crosses as its object index, without creating a new object") {
    il::test::InProcessRun run;
    Queue<int64_t> q(4, "q");
    const uint32_t before = run.arena.object_count();
    const Queue<int64_t> back = round_trip(q);
    CHECK(run.arena.object_count() == before);  // no new queue was registered
    CHECK(back.id() == q.id());
}

TEST_CASE("task_codec: trampolines call the function on decoded arguments") {
    auto add = +[](int64_t a, std::string b) { return std::to_string(a) + b; };
    Writer args;
    encode(args, std::tuple<int64_t, std::string>{4, "x"});
    Reader in(args.bytes());
    Writer out;
    one_trampoline(add)(reinterpret_cast<uintptr_t>(add), in, out);
    CHECK(decode_bytes<std::string>(out.bytes()) == "4x");
    auto twice = +[](int64_t a) { return 2 * a; };
    Writer items;
    encode(items, std::vector<int64_t>{1, 2, 3});
    Reader list(items.bytes());
    Writer doubled;
    map_trampoline(twice)(reinterpret_cast<uintptr_t>(twice), list, doubled);
    CHECK(decode_bytes<std::vector<int64_t>>(doubled.bytes()) == std::vector<int64_t>{2, 4, 6});
}
