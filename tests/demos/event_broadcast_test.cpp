// event.broadcast: one set() releases every thread waiting on the Event.
#include <doctest.h>

#include "demo_trace.hpp"

using namespace il::demo_test;

TEST_CASE("event.broadcast: every waiter is blocked on go until the single set(), then all are released") {
    const Observation o = run_demo("event.broadcast", {"waiters=5", "delay=0.2"});
    CHECK(result(o, "released") == "5");
    const TraceStore& s = o.store;
    const uint32_t go = object(s, "go");
    const auto sets = of(s, EventKind::EventSet, go);
    REQUIRE(sets.size() == 1);
    CHECK(s.worker_name(sets[0].worker) == "MainThread");
    for (int i = 1; i <= 5; ++i) {
        const uint16_t w = worker(s, "waiter-" + std::to_string(i));
        const auto blocked = spans(s, w, WorkerState::Blocked, go);
        REQUIRE(blocked.size() == 1);
        CHECK(blocked[0].t0 < event_ns(sets[0]));   // it was waiting before the set ...
        CHECK(blocked[0].t1 >= event_ns(sets[0]));  // ... and woke after it
        const auto done = of(s, EventKind::EventWaitDone, go, w);
        REQUIRE(done.size() == 1);
        CHECK(done[0].value == 1);
        CHECK(done[0].seq > sets[0].seq);
    }
}

TEST_CASE("event.broadcast: in step mode the waiters at wait() are enabled only after set()") {
    const Observation o = step_demo("event.broadcast", {"waiters=3"});
    CHECK(result(o, "released") == "3");
    const TraceStore& s = o.store;
    const uint32_t go = object(s, "go");
    const auto sets = of(s, EventKind::EventSet, go);
    REQUIRE(sets.size() == 1);
    CHECK(of(s, EventKind::EventWaitDone, go).size() == 3);
    for (const TraceEvent& d : of(s, EventKind::EventWaitDone, go)) {
        CHECK(d.value == 1);
        CHECK(d.seq > sets[0].seq);
    }
    // Whoever was parked at wait() before the set was shown blocked on go, not ready.
    for (const TraceEvent& b : of(s, EventKind::Block, go)) CHECK(b.seq < sets[0].seq);
}

TEST_CASE("event.broadcast: waiters=8 still takes one set() and gets eight releases") {
    const Observation o = run_demo("event.broadcast", {"waiters=8", "delay=0.1"});
    CHECK(result(o, "released") == "8");
    const TraceStore& s = o.store;
    const uint32_t go = object(s, "go");
    REQUIRE(of(s, EventKind::EventSet, go).size() == 1);
    const auto done = of(s, EventKind::EventWaitDone, go);
    CHECK(done.size() == 8);
    for (const TraceEvent& d : done) CHECK(d.value == 1);
}

TEST_CASE("event.broadcast: in step mode a waiter blocked on go gets no step before set(), and every waiter is granted after it") {
    const Observation o = step_demo("event.broadcast", {"waiters=3"});
    const TraceStore& s = o.store;
    const uint32_t go = object(s, "go");
    const auto sets = of(s, EventKind::EventSet, go);
    REQUIRE(sets.size() == 1);
    for (int i = 1; i <= 3; ++i) {
        const uint16_t w = worker(s, "waiter-" + std::to_string(i));
        const auto blocked = of(s, EventKind::Block, go, w);
        bool granted_after = false;
        for (const TraceEvent& st : of(s, EventKind::Step, kNoObject, w)) {
            if (!blocked.empty() && st.seq > blocked.front().seq) CHECK(st.seq > sets[0].seq);
            granted_after = granted_after || st.seq > sets[0].seq;
        }
        CHECK(granted_after);
    }
}
