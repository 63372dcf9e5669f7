// deadlock.philosophers_ordered: lower-numbered fork first; nobody is left waiting in a ring.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("deadlock.philosophers_ordered: the schedule that deadlocks the naive table lets everyone eat here") {
    std::vector<Observation> runs;
    for (const char* n : {"philosophers=2", "philosophers=5"}) runs.push_back(step_demo("deadlock.philosophers_ordered", {n, "meals=2"}));
    for (uint64_t seed : {1, 2, 3, 4}) runs.push_back(random_demo("deadlock.philosophers_ordered", {"meals=2"}, seed));
    runs.push_back(observe_demo("deadlock.philosophers_ordered", {"meals=2", "think=0", "reach=0.01"}));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK_FALSE(o.cycle.has_value());
        CHECK(result_int(o, "meals eaten") == result_int(o, "meals wanted"));
    }
    // The last philosopher reaches for fork-1 first, like Philosopher-1.
    CHECK(printed_by(runs[1].store, "Philosopher-5").front() == "Philosopher-5 picked up fork-1 first");
    CHECK(printed_by(runs[1].store, "Philosopher-4").front() == "Philosopher-4 picked up fork-4 first");
}
