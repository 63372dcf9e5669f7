// deadlock.timeout: the cycle forms, a timeout breaks it, both threads finish.
#include <doctest.h>

#include <algorithm>

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

TEST_CASE("deadlock.timeout: stepped, once both hold their first lock and wait for the second, only time-outs are offered") {
    // Both blocked (as in the first test); granting Thread-2 a plain step is refused.
    const Observation o = replay_demo("deadlock.timeout", {},
                                      {"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-1", "Thread-2",
                                       "Thread-2", "Thread-1", "Thread-2", "Thread-2"});
    CHECK(o.failed);
    CHECK(o.outcome.find("the possible steps are: Thread-1 (time out), Thread-2 (time out)") != std::string::npos);
}

TEST_CASE("deadlock.timeout: in a run one thread needs a second attempt") {
    const Observation o = observe_demo("deadlock.timeout", {"pause=0.05", "timeout=0.05"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(std::max(result_int(o, "Thread-1 attempts"), result_int(o, "Thread-2 attempts")) >= 2);
    CHECK(std::min(result_int(o, "Thread-1 attempts"), result_int(o, "Thread-2 attempts")) >= 1);
}

TEST_CASE("deadlock.timeout: with timeout=0 both back-offs are 0, so the threads can retry in lock-step and one gives up") {
    // Both take their first lock and reach for the second; both time out and back off together; again the same;
    // then round-robin. With max_attempts=3 that lock-step costs Thread-1 all its attempts.
    std::vector<std::string> s{"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-1", "Thread-2",
                               "Thread-2",   "Thread-1",   "Thread-2",   "Thread-1 timeout", "Thread-2 timeout"};
    for (int i = 0; i < 5; ++i) {  // release, print, back-off sleep, first lock, pause: to the second acquire
        s.push_back("Thread-1");
        s.push_back("Thread-2");
    }
    s.push_back("Thread-1 timeout");
    s.push_back("Thread-2 timeout");
    const Observation o = prefix_demo("deadlock.timeout", {"timeout=0", "max_attempts=3"}, s);
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    for (const char* t : {"Thread-1", "Thread-2"}) {
        const auto mine = printed_by(o.store, t);
        CHECK(std::count(mine.begin(), mine.end(), std::string(t) + ": timed out, backing off") >= 2);
    }
    CHECK(contains(printed_by(o.store, "Thread-1"), "Thread-1: giving up"));
    CHECK(result_int(o, "Thread-1 attempts") == 0);
    CHECK(result_int(o, "Thread-2 attempts") == 3);
    CHECK(result(o, "both finished") == "no");
}
