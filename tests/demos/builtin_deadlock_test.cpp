// builtin.deadlock: Thread-1 takes lock_a then lock_b, Thread-2 lock_b then
// lock_a; once each has its first lock the cycle closes; with same_order both
// take lock_a first and both finish.
#include <doctest.h>

#include <algorithm>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

namespace {

// Thread-1 started and begun, Thread-2 started, Thread-1's first acquire (lock_a), Thread-2 begun and its
// first acquire (lock_b).
const std::vector<std::string> kBothFirst{"MainThread", "MainThread", "Thread-1", "MainThread",
                                          "Thread-1",   "Thread-2",   "Thread-2"};

void check_cycle(const Observation& o) {
    CHECK_MESSAGE(o.status == StepStatus::Deadlock, o.outcome);
    REQUIRE(o.cycle.has_value());
    std::vector<std::string> who, what;
    for (uint16_t w : o.cycle->workers) who.emplace_back(o.store.worker_name(w));
    for (uint32_t l : o.cycle->objects) what.emplace_back(o.store.object_name(l));
    std::sort(who.begin(), who.end());
    std::sort(what.begin(), what.end());
    CHECK(who == std::vector<std::string>{"Thread-1", "Thread-2"});
    CHECK(what == std::vector<std::string>{"lock_a", "lock_b"});
    // Thread-1 waits for lock_b, Thread-2 for lock_a.
    for (size_t i = 0; i < o.cycle->workers.size(); ++i)
        CHECK(std::string(o.store.object_name(o.cycle->objects[i])) ==
              (std::string(o.store.worker_name(o.cycle->workers[i])) == "Thread-1" ? "lock_b" : "lock_a"));
    CHECK(o.outcome == "deadlock: " + o.store.describe_cycle(*o.cycle));
    CHECK(console_lines(o.store).empty());  // nobody ever had both locks
}

}  // namespace

TEST_CASE("builtin.deadlock: in step mode, once each thread has its first lock every path deadlocks") {
    // Round-robin after the two first acquires.
    check_cycle(prefix_demo("builtin.deadlock", {}, kBothFirst));
    // Thread-1 or Thread-2 granted next (its sleep), then round-robin: the same cycle.
    for (const char* first : {"Thread-1", "Thread-2"}) {
        std::vector<std::string> s = kBothFirst;
        s.push_back(first);
        const Observation o = prefix_demo("builtin.deadlock", {}, s);
        check_cycle(o);
    }
    // Right after the prefix Thread-1 holds lock_a and Thread-2 holds lock_b.
    const Observation o = prefix_demo("builtin.deadlock", {}, kBothFirst);
    const auto a = find_object(o.store, "lock_a"), b = find_object(o.store, "lock_b");
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(o.store.holds(*a).size() == 1);
    REQUIRE(o.store.holds(*b).size() == 1);
    CHECK(o.store.worker_name(o.store.holds(*a)[0].holder) == "Thread-1");
    CHECK(o.store.worker_name(o.store.holds(*b)[0].holder) == "Thread-2");
}

TEST_CASE("builtin.deadlock: with same_order both threads take lock_a first and both finish") {
    std::vector<Observation> runs;
    runs.push_back(step_demo("builtin.deadlock", {"same_order=true"}));
    for (uint64_t seed : {1, 2, 3, 4}) runs.push_back(random_demo("builtin.deadlock", {"same_order=true"}, seed));
    runs.push_back(observe_demo("builtin.deadlock", {"same_order=true", "pause=0.01"}));
    for (const Observation& o : runs) {
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result(o, "outcome") == "both threads finished");
        CHECK(printed_by(o.store, "Thread-1") == std::vector<std::string>{"Thread-1 has both locks"});
        CHECK(printed_by(o.store, "Thread-2") == std::vector<std::string>{"Thread-2 has both locks"});
        // Whoever got lock_a first also took lock_b before the other thread had anything.
        const auto a = find_object(o.store, "lock_a");
        REQUIRE(a);
        CHECK(o.store.holds(*a).size() == 2);
    }
}
