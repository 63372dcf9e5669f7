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

TEST_CASE("deadlock.philosophers_waiter: round-robin, the waiter's permits reach 0 and the one blocked on it leaves its fork to its neighbour") {
    const Observation o = step_demo("deadlock.philosophers_waiter", {"meals=1"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto waiter = find_object(o.store, "waiter");
    REQUIRE(waiter);
    bool zero = false;
    for (const LevelSample& s : o.store.samples(*waiter)) zero = zero || s.min == 0;
    CHECK(zero);
    // Who was blocked on the waiter first?
    int blocked_k = 0;
    int64_t blocked_at = INT64_MAX;
    for (int k = 1; k <= 5; ++k) {
        const auto w = find_worker(o.store, "Philosopher-" + std::to_string(k));
        REQUIRE(w);
        for (const StateInterval& iv : o.store.intervals(*w)) {
            if (iv.state == WorkerState::Blocked && iv.object == *waiter && iv.s0 < blocked_at) {
                blocked_at = iv.s0;
                blocked_k = k;
            }
        }
    }
    REQUIRE(blocked_k != 0);
    // Its left fork stayed free: the neighbour whose right fork it is eats first.
    const std::string neighbour = "Philosopher-" + std::to_string(blocked_k == 1 ? 5 : blocked_k - 1);
    std::string first_eater;
    for (const std::string& l : console_lines(o.store))
        if (l.find(" eats meal ") != std::string::npos && first_eater.empty()) first_eater = l.substr(0, l.find(':'));
    CHECK(first_eater == neighbour);
}

TEST_CASE("deadlock.philosophers_waiter: philosophers=2 seats one at a time, and the two take turns") {
    const Observation o = step_demo("deadlock.philosophers_waiter", {"philosophers=2", "meals=2"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "meals eaten") == 4);
    const auto waiter = find_object(o.store, "waiter");
    REQUIRE(waiter);
    CHECK(o.store.hold_slots(*waiter) == 1);
    // Nobody ever waits for a fork: only for the seat.
    for (const char* p : {"Philosopher-1", "Philosopher-2"}) {
        const auto w = find_worker(o.store, p);
        REQUIRE(w);
        for (const StateInterval& iv : o.store.intervals(*w))
            if (iv.state == WorkerState::Blocked) CHECK(iv.object == *waiter);
    }
}
