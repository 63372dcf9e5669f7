// builtin.counter: two threads run counter = counter + 1; a load of each before
// either stores loses an update, and with the Lock the second thread blocks on
// counter_lock until the first releases it, so nothing is lost.
#include <doctest.h>

#include "demo_trace.hpp"

using namespace il::demo_test;

TEST_CASE("builtin.counter: iterations=1, Thread-1 loads, Thread-2 loads, both store: the counter ends at 1") {
    const Observation o = replay_steps("builtin.counter", {"iterations=1"},
                                       {"MainThread", "MainThread", "MainThread",  // begin, start, start
                                        "Thread-1", "Thread-2",                    // begin, begin
                                        "Thread-1", "Thread-2",                    // load 0, load 0
                                        "Thread-1", "Thread-2",                    // store 1, store 1
                                        "MainThread", "MainThread", "MainThread"});  // join, join, print
    CHECK(result(o, "counter") == "1");
    CHECK(result(o, "lost updates") == "1");
    const TraceStore& s = o.store;
    const uint32_t counter = object(s, "counter");
    const auto loads = of(s, EventKind::Load, counter), stores = of(s, EventKind::Store, counter);
    REQUIRE(loads.size() == 2);
    REQUIRE(stores.size() == 2);
    CHECK(loads[0].value == 0);
    CHECK(loads[1].value == 0);
    CHECK(stores[0].value == 1);
    CHECK(stores[1].value == 1);  // the second write overwrote the first
}

TEST_CASE("builtin.counter: with use_lock stepped, the second thread blocks on counter_lock until the first releases it") {
    const Observation o = step_demo("builtin.counter", {"iterations=1", "use_lock=true"});
    CHECK(result(o, "counter") == "2");
    CHECK(result(o, "lost updates") == "0");
    const TraceStore& s = o.store;
    const uint32_t lock = object(s, "counter_lock");
    const auto blocks = of(s, EventKind::Block, lock);
    REQUIRE(!blocks.empty());
    const auto holds = s.holds(lock);
    REQUIRE(holds.size() == 2);
    CHECK(holds[0].holder != holds[1].holder);
    CHECK(holds[0].contended);  // the other thread was blocked during the first hold
    CHECK(blocks.front().worker == holds[1].holder);
    const auto first_release = of(s, EventKind::Release, lock, holds[0].holder);
    const auto second_obtain = of(s, EventKind::Obtain, lock, holds[1].holder);
    REQUIRE(first_release.size() == 1);
    REQUIRE(second_obtain.size() == 1);
    CHECK(blocks.front().seq < first_release[0].seq);
    CHECK(first_release[0].seq < second_obtain[0].seq);
}

TEST_CASE("builtin.counter: with use_lock the final count is exactly 2 x iterations, whatever the schedule") {
    for (uint64_t seed = 1; seed <= 4; ++seed) {
        auto random = make_random(seed);
        const Observation o = run_demo("builtin.counter", {"iterations=5", "use_lock=true"}, DirectorMode::Step, random.get());
        CHECK(result(o, "counter") == "10");
        CHECK(result(o, "lost updates") == "0");
    }
    const Observation o = run_demo("builtin.counter", {"iterations=2000", "use_lock=true"});
    CHECK(result(o, "counter") == "4000");
}
