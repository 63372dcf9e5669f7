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

TEST_CASE("deadlock.philosophers_ordered: a run with the defaults of deadlock.philosophers eats every meal") {
    const Observation o = observe_demo("deadlock.philosophers_ordered");
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK_FALSE(o.cycle.has_value());
    CHECK(result_int(o, "meals wanted") == 15);
    CHECK(result_int(o, "meals eaten") == 15);
}

TEST_CASE("deadlock.philosophers_ordered: round-robin, Philosopher-5 waits for fork-1 and Philosopher-4 gets both its forks first") {
    const Observation o = step_demo("deadlock.philosophers_ordered", {"meals=1"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto p5 = find_worker(o.store, "Philosopher-5");
    const auto fork1 = find_object(o.store, "fork-1");
    REQUIRE(p5);
    REQUIRE(fork1);
    bool waited_for_fork1 = false;
    for (const StateInterval& iv : o.store.intervals(*p5))
        waited_for_fork1 = waited_for_fork1 || (iv.state == WorkerState::Blocked && iv.object == *fork1);
    CHECK(waited_for_fork1);
    std::string first_eater;
    for (const std::string& l : console_lines(o.store))
        if (l.find(" eats meal ") != std::string::npos && first_eater.empty()) first_eater = l.substr(0, l.find(':'));
    CHECK(first_eater == "Philosopher-4");
}

TEST_CASE("deadlock.philosophers_ordered: philosophers=10 and meals=5 never deadlock, though philosophers do wait") {
    std::vector<Observation> runs;
    runs.push_back(step_demo("deadlock.philosophers_ordered", {"philosophers=10", "meals=5", "think=0", "reach=0"}));
    for (uint64_t seed : {1, 2}) runs.push_back(random_demo("deadlock.philosophers_ordered", {"philosophers=10", "meals=5", "think=0", "reach=0"}, seed));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK_FALSE(o.cycle.has_value());
        CHECK(result_int(o, "meals eaten") == 50);
        bool someone_blocked = false;
        for (uint16_t w = 0; w < o.store.worker_count(); ++w)
            for (const StateInterval& iv : o.store.intervals(w))
                someone_blocked = someone_blocked || (iv.state == WorkerState::Blocked &&
                                                      std::string(o.store.worker_name(w)).rfind("Philosopher-", 0) == 0);
        CHECK(someone_blocked);
    }
}
