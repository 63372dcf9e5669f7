// lock.cost: both locked rounds are exact; per-increment locking holds the lock 2n times, the loop lock twice.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("lock.cost: the two locked rounds count exactly 2n — the lock is held 2n times vs twice") {
    const Observation o = observe_demo("lock.cost", {"iterations=2000"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "expected") == 4000);
    CHECK(result_int(o, "lock per increment: counter") == 4000);
    CHECK(result_int(o, "lock around the loop: counter") == 4000);
    CHECK(result_int(o, "no lock: counter") <= 4000);
    const auto each = find_object(o.store, "lock_per_increment");
    const auto loop = find_object(o.store, "lock_around_loop");
    REQUIRE(each);
    REQUIRE(loop);
    if (o.store.counts().dropped == 0) CHECK(o.store.holds(*each).size() == 4000);
    CHECK(o.store.holds(*loop).size() == 2);
    for (const char* k : {"no lock: ms", "lock per increment: ms", "lock around the loop: ms"})
        CHECK(result(o, k).find('.') != std::string::npos);
}

TEST_CASE("lock.cost: with the lock around the loop, the second thread waits through the first one's whole loop") {
    const Observation o = step_demo("lock.cost", {"iterations=3"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto loop = find_object(o.store, "lock_around_loop");
    const auto t6 = find_worker(o.store, "Thread-6");
    REQUIRE(loop);
    REQUIRE(t6);
    const auto holds = o.store.holds(*loop);
    REQUIRE(holds.size() == 2);
    CHECK(holds[0].contended);  // someone was blocked during the first hold …
    CHECK(holds[1].holder == *t6);  // … Thread-6, which got the lock only after it
    bool blocked = false;
    for (const StateInterval& iv : o.store.intervals(*t6))
        if (iv.state == WorkerState::Blocked && iv.object == *loop) blocked = iv.s0 >= holds[0].s0 && iv.s1 <= holds[1].s0 + 1;
    CHECK(blocked);
}
