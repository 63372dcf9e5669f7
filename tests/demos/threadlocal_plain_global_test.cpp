// threadlocal.plain_global: with one ordinary global, a thread that reads the
// global back after another thread stored into it greets the wrong student.
#include <doctest.h>

#include "demo_trace.hpp"

using namespace il::demo_test;

TEST_CASE("threadlocal.plain_global: Thread-B's store between Thread-A's store and load makes Thread-A read Bob") {
    // Thread-A stores and starts sleeping, Thread-B stores, Thread-A loads: the pinned interleaving.
    const Observation o = replay_steps("threadlocal.plain_global", {},
                                       {"MainThread", "MainThread", "MainThread",            // begin, start A, start B
                                        "Thread-A", "Thread-A", "Thread-A",                  // begin, store 0, sleep
                                        "Thread-B", "Thread-B",                              // begin, store 1
                                        "Thread-A", "Thread-A",                              // load -> 1, print
                                        "Thread-B", "MainThread", "Thread-B", "Thread-B",    // sleep, join A, load, print
                                        "MainThread", "MainThread"});                        // join B, print
    CHECK(result(o, "Thread-A read") == "Bob");
    CHECK(result(o, "Thread-B read") == "Bob");
    CHECK(result(o, "threads that read someone else's student") == "1");
    const TraceStore& s = o.store;
    const uint32_t student = object(s, "student");
    const uint16_t a = worker(s, "Thread-A"), b = worker(s, "Thread-B");
    const auto stores = of(s, EventKind::Store, student);
    REQUIRE(stores.size() == 2);
    CHECK(stores[0].worker == a);
    CHECK(stores[1].worker == b);
    const auto a_load = of(s, EventKind::Load, student, a);
    REQUIRE(a_load.size() == 1);
    CHECK(a_load[0].value == 1);  // Thread-B's student, stored after Thread-A's
    CHECK(a_load[0].seq > stores[1].seq);
    CHECK(printed(s, "Thread-A") == std::vector<std::string>{"Hello, Bob (in Thread-A)"});
}

TEST_CASE("threadlocal.plain_global: in run mode the sleep lets the other thread overwrite the global") {
    const Observation o = run_demo("threadlocal.plain_global", {"threads=3", "hold=0.2"});
    // All three store within microseconds, then read 0.2 s later: all read the last store.
    CHECK(result(o, "threads that read someone else's student") == "2");
    const TraceStore& s = o.store;
    const uint32_t student = object(s, "student");
    const auto stores = of(s, EventKind::Store, student), loads = of(s, EventKind::Load, student);
    REQUIRE(stores.size() == 3);
    REQUIRE(loads.size() == 3);
    for (const TraceEvent& l : loads) {
        CHECK(l.seq > stores.back().seq);
        CHECK(l.value == stores.back().value);
    }
}

TEST_CASE("threadlocal.plain_global: with hold=0 step mode can still make the threads trade") {
    // The same pinned interleaving with no sleep: Thread-B's store still lands between Thread-A's store and load.
    const Observation o = replay_steps("threadlocal.plain_global", {"hold=0"},
                                       {"MainThread", "MainThread", "MainThread",            // begin, start A, start B
                                        "Thread-A", "Thread-A", "Thread-A",                  // begin, store 0, sleep(0)
                                        "Thread-B", "Thread-B",                              // begin, store 1
                                        "Thread-A", "Thread-A",                              // load -> 1, print
                                        "Thread-B", "MainThread", "Thread-B", "Thread-B",    // sleep, join A, load, print
                                        "MainThread", "MainThread"});                        // join B, print
    CHECK(result(o, "Thread-A read") == "Bob");
    CHECK(result(o, "threads that read someone else's student") == "1");
    CHECK(printed(o.store, "Thread-A") == std::vector<std::string>{"Hello, Bob (in Thread-A)"});
}
