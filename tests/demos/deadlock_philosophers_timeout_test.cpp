// deadlock.philosophers_timeout: the ring forms, a timeout opens it, everyone eats.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("deadlock.philosophers_timeout: the ring closes, a time-out opens it, and every meal is eaten") {
    const Observation o = step_demo("deadlock.philosophers_timeout", {"meals=2"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    REQUIRE(o.cycle.has_value());  // the naive ring formed …
    CHECK(o.cycle->workers.size() == 5);
    CHECK(contains(o.notes, "a deadlock formed and was broken by a timeout: " + o.store.describe_cycle(*o.cycle)));
    CHECK(result_int(o, "forks put back") >= 1);  // … and a philosopher who timed out put a fork back
    CHECK(result_int(o, "meals eaten") == result_int(o, "meals wanted"));
}

TEST_CASE("deadlock.philosophers_timeout: other schedules and run mode finish too") {
    std::vector<Observation> runs;
    for (uint64_t seed : {1, 2, 3}) runs.push_back(random_demo("deadlock.philosophers_timeout", {"meals=2"}, seed));
    runs.push_back(observe_demo("deadlock.philosophers_timeout", {"meals=2", "think=0", "reach=0.02", "patience=0.02"}));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "meals eaten") == result_int(o, "meals wanted"));
    }
}
