// pool.map: map/starmap return results in item order; items travel in chunks
// (one task per chunk); map_async's callback gets the whole list once, a
// failing item fails the whole map: error_callback, and get() raises.
#include <doctest.h>

#include <set>

#include "pool_demo_util.hpp"

using namespace il::demo_test;

TEST_CASE("pool.map: map and starmap return the results in item order") {
    const Observation o = run_demo("pool.map", {"processes=4", "items=10"});
    CHECK(result(o, "map") == "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]");
    CHECK(result(o, "starmap") == "[1, 2, 4, 8, 16, 32, 64, 128, 256, 512]");
}

TEST_CASE("pool.map: the callback gets the whole list — a failing item goes to error_callback and get() raises") {
    const Observation o = run_demo("pool.map", {"processes=2", "items=8", "bad_item=5"});
    CHECK(result(o, "map_async callback got") == "[0, 1, 4, 9, 16, 25, 36, 49]");
    CHECK(result(o, "error_callback got") == "item 5 is not allowed");
    CHECK(result(o, "get() of the failing map raised") == "RuntimeError: item 5 is not allowed");
    const auto t = pool_tasks(o.store, "Pool");
    CHECK(t.count(EventKind::TaskCallback) == 2);  // one callback, one error_callback: once per map, not per item
    CHECK(t.callback_workers() == std::set<std::string>{"Thread-3 (_handle_results)"});
    CHECK(t.failed_tasks() == 1);  // only the chunk holding item 5 raised
}

TEST_CASE("pool.map: with no failing item the error_callback is never called") {
    const Observation o = run_demo("pool.map", {"processes=2", "items=6", "bad_item=-1"});
    CHECK(result(o, "error_callback got") == "(not called)");
    CHECK(result(o, "get() of the failing map raised") == "nothing");
    CHECK(pool_tasks(o.store, "Pool").failed_tasks() == 0);
}

TEST_CASE("pool.map: items travel in chunks, one task per chunk") {
    // items=20, chunksize=5: map 4 chunks, starmap (10 pairs) 2, map_async 4, starmap_async 4.
    const Observation o = run_demo("pool.map", {"processes=2", "items=20", "chunksize=5"});
    CHECK(pool_tasks(o.store, "Pool").count(EventKind::TaskSubmit) == 14);
    const Observation one = run_demo("pool.map", {"processes=2", "items=20", "chunksize=1"});
    CHECK(pool_tasks(one.store, "Pool").count(EventKind::TaskSubmit) == 70);
    CHECK(result(one, "map") == result(o, "map"));
}

TEST_CASE("pool.map: the default chunksize is Python's, about len / (4 x processes)") {
    // items=20, processes=2: divmod(20, 8) = (2, 4) -> 3 per chunk -> 7 tasks for each map of 20 items;
    // 10 pairs: divmod(10, 8) = (1, 2) -> 2 per chunk -> 5 tasks for starmap.
    const Observation o = run_demo("pool.map", {"processes=2", "items=20"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(pool_tasks(o.store, "Pool").count(EventKind::TaskSubmit) == 7 + 5 + 7 + 7);
}

TEST_CASE("pool.map: chunksize=100 makes each map one task, run by a single worker") {
    const Observation o = run_demo("pool.map", {"processes=4", "items=20", "chunksize=100"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto t = pool_tasks(o.store, "Pool");
    CHECK(t.count(EventKind::TaskSubmit) == 4);  // map, starmap, map_async, starmap_async
    CHECK(t.count(EventKind::TaskStart) == 4);
    CHECK(result(o, "map") == "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256, 289, 324, 361]");
}

TEST_CASE("pool.map: with bad_item=-1 the second callback prints the whole list") {
    const Observation o = run_demo("pool.map", {"processes=2", "items=4", "bad_item=-1"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto lines = printed(o.store, "Thread-3 (_handle_results)");
    bool second = false;
    for (const std::string& l : lines) second = second || l == "callback: [100, 101, 102, 103]";
    CHECK(second);
    for (const std::string& l : lines) CHECK_FALSE(l.starts_with("error_callback"));
}

TEST_CASE("pool.map: with items=200 the results still come back in order") {
    const Observation o = run_demo("pool.map", {"processes=4", "items=200", "bad_item=-1"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    std::string expected = "[";
    for (int64_t i = 0; i < 200; ++i) expected += (i ? ", " : "") + std::to_string(i * i);
    expected += "]";
    CHECK(result(o, "map") == expected);
    CHECK(result(o, "map_async callback got") == expected);
}
