// deadlock.philosophers_waiter: at most N-1 seated; nobody is left waiting in a ring.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("deadlock.philosophers_waiter: never more than N-1 at the table, and every meal is eaten") {
    std::vector<Observation> runs;
    runs.push_back(step_demo("deadlock.philosophers_waiter", {"meals=2"}));
    for (uint64_t seed : {1, 2, 3}) runs.push_back(random_demo("deadlock.philosophers_waiter", {"meals=2"}, seed));
    runs.push_back(observe_demo("deadlock.philosophers_waiter", {"meals=2", "think=0", "reach=0.01"}));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK_FALSE(o.cycle.has_value());
        CHECK(result_int(o, "meals eaten") == result_int(o, "meals wanted"));
        const auto waiter = find_object(o.store, "waiter");
        REQUIRE(waiter);
        CHECK(o.store.hold_slots(*waiter) <= 4);  // at most N-1 seats taken at once
        for (const LevelSample& s : o.store.samples(*waiter)) CHECK(s.min >= 0);
    }
    // Round-robin fills the table: the fifth philosopher to ask waits for a seat.
    const Observation& rr = runs.front();
    const auto waiter = find_object(rr.store, "waiter");
    CHECK(rr.store.hold_slots(*waiter) == 4);
    bool someone_waited = false;
    for (int i = 1; i <= 5; ++i)
        for (const StateInterval& iv : rr.store.intervals(*find_worker(rr.store, "Philosopher-" + std::to_string(i))))
            someone_waited = someone_waited || (iv.state == WorkerState::Blocked && iv.object == *waiter);
    CHECK(someone_waited);
}
