// lock.busy_wait: the waiter spins on the flag (counted exactly under a pinned schedule); a Lock's waiter blocks.
#include <doctest.h>

#include <algorithm>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("lock.busy_wait: under a pinned schedule Thread-2 reads the flag exactly three times in vain") {
    // Start both; Thread-1 begins (and does its work); Thread-2 begins, then reads g_flag 3 times (1, 1, 1);
    // Thread-1 stores 0; Thread-2 reads 0 and does its work; MainThread joins both.
    const Observation o = replay_demo(
        "lock.busy_wait", {"iterations=1000", "compare_with_lock=false"},
        {"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-2", "Thread-2", "Thread-2", "Thread-2",
         "Thread-1", "Thread-2", "MainThread", "MainThread", "MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "busy-wait: spins") == 3);
    CHECK(result_int(o, "busy-wait: counter") == 2000);
    const auto flag = find_object(o.store, "g_flag");
    const auto t2 = find_worker(o.store, "Thread-2");
    REQUIRE(flag);
    REQUIRE(t2);
    std::vector<int64_t> seen;
    for (const TraceEvent& e : o.store.events())
        if (e.kind == EventKind::Load && e.object == *flag && e.worker == *t2) seen.push_back(e.value);
    CHECK(seen == std::vector<int64_t>{1, 1, 1, 0});
    // While it waits, Thread-2 is never blocked: its lane stays running (ready between grants).
    const auto states = states_of(o.store, *t2);
    CHECK(std::find(states.begin(), states.end(), WorkerState::Blocked) == states.end());
    CHECK(std::find(states.begin(), states.end(), WorkerState::Running) != states.end());
}

TEST_CASE("lock.busy_wait: with the Lock the waiter is blocked on mutex instead of spinning — both counts exact") {
    const Observation o = step_demo("lock.busy_wait", {"iterations=1000"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "busy-wait: counter") == 2000);
    CHECK(result_int(o, "lock: counter") == 2000);
    const auto mutex = find_object(o.store, "mutex");
    REQUIRE(mutex);
    size_t blocked_on_mutex = 0;
    for (const char* t : {"Thread-3", "Thread-4"}) {
        const auto w = find_worker(o.store, t);
        REQUIRE(w);
        for (const StateInterval& iv : o.store.intervals(*w))
            if (iv.state == WorkerState::Blocked && iv.object == *mutex) ++blocked_on_mutex;
    }
    CHECK(blocked_on_mutex == 1);  // exactly one of them had to wait, and it waited blocked
    CHECK(o.store.holds(*mutex).size() == 2);
}

TEST_CASE("lock.busy_wait: in run mode both ways give the exact total") {
    const Observation o = observe_demo("lock.busy_wait", {"iterations=100000"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    CHECK(result_int(o, "busy-wait: counter") == 200000);
    CHECK(result_int(o, "lock: counter") == 200000);
    CHECK(result(o, "busy-wait: gave up") == "<missing busy-wait: gave up>");
    // How often test2 polled in vain is up to the OS: on a loaded machine test2 may be descheduled
    // until test1 is done and then find the flag down at its first read (CI saw 0). The polling itself
    // is checked exactly under a pinned schedule above; a free run only reports it.
    MESSAGE("busy-wait spins in a free run: " << result_int(o, "busy-wait: spins"));
    CHECK(result_int(o, "busy-wait: spins") >= 0);
}
