// deadlock.timeout: the cycle forms, a timeout breaks it, both threads finish.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("deadlock.timeout: the cycle forms, Thread-1 times out and backs off, Thread-2 finishes, then Thread-1") {
    // As in deadlock.two_locks up to the cycle; then Thread-1's wait for mutexB is timed out; then round-robin.
    const Observation o = prefix_demo("deadlock.timeout", {},
                                      {"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-1", "Thread-2",
                                       "Thread-2", "Thread-1", "Thread-2", "Thread-1 timeout"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    REQUIRE(o.cycle.has_value());  // the deadlock did form …
    const auto t1 = find_worker(o.store, "Thread-1"), t2 = find_worker(o.store, "Thread-2");
    REQUIRE(t1);
    REQUIRE(t2);
    CHECK(o.cycle->workers.size() == 2);
    CHECK(contains(o.notes, "a deadlock formed and was broken by a timeout: " + o.store.describe_cycle(*o.cycle)));
    // … and Thread-1's timeout broke it: it backed off, Thread-2 got both locks first.
    CHECK(result_int(o, "Thread-1 attempts") == 2);
    CHECK(result_int(o, "Thread-2 attempts") == 1);
    CHECK(result(o, "both finished") == "yes");
    const auto lines = console_lines(o.store);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "Thread-1: Thread-1: timed out, backing off");
    CHECK(lines[1] == "Thread-2: Thread-2: got both locks on attempt 1");
    CHECK(lines[2] == "Thread-1: Thread-1: got both locks on attempt 2");
}

TEST_CASE("deadlock.timeout: round-robin stepping reaches the cycle and only a timeout gets out of it") {
    const Observation o = step_demo("deadlock.timeout");
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    REQUIRE(o.cycle.has_value());
    bool timed_out = false;
    for (const ScheduleStep& st : o.schedule.steps) timed_out = timed_out || st.timeout;
    CHECK(timed_out);
    CHECK(result(o, "both finished") == "yes");
}

TEST_CASE("deadlock.timeout: in run mode the run completes although the threads take the locks in opposite order") {
    const Observation o = observe_demo("deadlock.timeout", {"pause=0.05", "timeout=0.05"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result(o, "both finished") == "yes");
}
