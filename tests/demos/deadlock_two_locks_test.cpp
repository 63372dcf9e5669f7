// deadlock.two_locks: opposite lock order; the cycle names both workers and both locks.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("deadlock.two_locks: each thread takes its first lock, then the cycle names both workers and both locks") {
    // Start both; Thread-1 takes mutexA, Thread-2 takes mutexB; each prints, sleeps and asks for the other lock.
    const Observation o = replay_demo("deadlock.two_locks", {},
                                      {"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-1", "Thread-2",
                                       "Thread-2", "Thread-1", "Thread-1", "Thread-2", "Thread-2"});
    CHECK(o.failed);
    CHECK(o.status == StepStatus::Deadlock);
    CHECK(o.outcome ==
          "deadlock: Thread-1 waits for mutexB held by Thread-2, which waits for mutexA held by Thread-1");
    REQUIRE(o.cycle.has_value());
    const auto t1 = find_worker(o.store, "Thread-1"), t2 = find_worker(o.store, "Thread-2");
    const auto a = find_object(o.store, "mutexA"), b = find_object(o.store, "mutexB");
    REQUIRE(t1);
    REQUIRE(t2);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(o.cycle->workers == std::vector<uint16_t>{*t1, *t2});
    CHECK(o.cycle->objects == std::vector<uint32_t>{*b, *a});
    CHECK(o.store.describe_cycle(*o.cycle) == o.outcome.substr(std::string("deadlock: ").size()));
    CHECK(printed_by(o.store, "Thread-1") == std::vector<std::string>{"Thread-1----do1---up----"});
    CHECK(printed_by(o.store, "Thread-2") == std::vector<std::string>{"Thread-2----do2---up----"});
}

TEST_CASE("deadlock.two_locks: round-robin stepping deadlocks too, and its recorded schedule replays to the same cycle") {
    const Observation a = step_demo("deadlock.two_locks");
    REQUIRE(a.status == StepStatus::Deadlock);
    const Observation b = replay_demo("deadlock.two_locks", {}, a.schedule);
    CHECK(b.outcome == a.outcome);
}

TEST_CASE("deadlock.two_locks: if Thread-1 gets both locks before Thread-2 starts, there is no deadlock") {
    const Observation o = prefer_demo("deadlock.two_locks", {}, {"Thread-1", "MainThread", "Thread-2"});
    CHECK_MESSAGE(!o.failed, o.outcome);
    CHECK_FALSE(o.cycle.has_value());
    CHECK(result(o, "outcome").rfind("no deadlock this time", 0) == 0);
}

TEST_CASE("deadlock.two_locks: a free run with a pause deadlocks with both 'up' lines, no 'down' line and the named cycle") {
    const Observation o = observe_demo("deadlock.two_locks", {"pause=0.05"});
    CHECK(o.failed);
    CHECK(o.outcome.find("Thread-1 waits for mutexB held by Thread-2, which waits for mutexA held by Thread-1") !=
          std::string::npos);
    CHECK(printed_by(o.store, "Thread-1") == std::vector<std::string>{"Thread-1----do1---up----"});
    CHECK(printed_by(o.store, "Thread-2") == std::vector<std::string>{"Thread-2----do2---up----"});
}

TEST_CASE("deadlock.two_locks: once Thread-1 holds mutexA and Thread-2 holds mutexB, every continuation deadlocks") {
    const std::vector<std::string> start{"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-1",
                                         "Thread-2",   "Thread-2"};
    std::vector<Observation> runs;
    runs.push_back(prefix_demo("deadlock.two_locks", {}, start));  // then round-robin
    for (const auto& tail : std::vector<std::vector<std::string>>{{"Thread-1", "Thread-1", "Thread-2", "Thread-2"},
                                                                   {"Thread-2", "Thread-2", "Thread-1", "Thread-1"},
                                                                   {"Thread-2", "Thread-1", "Thread-2", "Thread-1"}}) {
        std::vector<std::string> s = start;
        s.insert(s.end(), tail.begin(), tail.end());
        runs.push_back(replay_demo("deadlock.two_locks", {}, s));
    }
    for (const Observation& o : runs) {
        CHECK_MESSAGE(o.status == StepStatus::Deadlock, o.outcome);
        CHECK(o.cycle.has_value());
    }
}
