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

TEST_CASE("lock.cost: stepped with iterations=10, Thread-5 takes lock_around_loop and Thread-6 stays blocked until its hold ends") {
    const Observation o = step_demo("lock.cost", {"iterations=10"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "lock around the loop: counter") == 20);
    const auto loop = find_object(o.store, "lock_around_loop");
    const auto t5 = find_worker(o.store, "Thread-5");
    const auto t6 = find_worker(o.store, "Thread-6");
    REQUIRE(loop);
    REQUIRE(t5);
    REQUIRE(t6);
    const auto holds = o.store.holds(*loop);
    REQUIRE(holds.size() == 2);
    CHECK(holds[0].holder == *t5);
    CHECK(holds[1].holder == *t6);
    const StateInterval* blocked = nullptr;
    for (const StateInterval& iv : o.store.intervals(*t6))
        if (iv.state == WorkerState::Blocked && iv.object == *loop && !blocked) blocked = &iv;
    REQUIRE(blocked);
    CHECK(blocked->s0 >= holds[0].s0);
    CHECK(blocked->s1 >= holds[0].s1);  // blocked through the whole of Thread-5's loop
}

TEST_CASE("lock.cost: stepped, lock per increment hands the lock back and forth between the two threads") {
    const Observation o = step_demo("lock.cost", {"iterations=5"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "lock per increment: counter") == 10);
    const auto each = find_object(o.store, "lock_per_increment");
    REQUIRE(each);
    const auto holds = o.store.holds(*each);
    REQUIRE(holds.size() == 10);
    int handovers = 0;
    bool contended = false;
    for (size_t i = 0; i < holds.size(); ++i) {
        if (i > 0 && holds[i].holder != holds[i - 1].holder) ++handovers;
        contended = contended || holds[i].contended;
    }
    CHECK(handovers >= 2);  // a zig-zag, not one thread's five holds then the other's
    CHECK(contended);       // the two wanted it at the same moment: one had to wait
}
