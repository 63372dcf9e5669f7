// gil.free_threaded: with the GIL two CPU-bound threads take turns; with the
// "no GIL" switch they never touch it and compute at the same time.
#include <doctest.h>

#include "demo_trace.hpp"

using namespace il::demo_test;

TEST_CASE("gil.free_threaded: with the GIL the threads alternate, without it they run side by side") {
    const Observation o = run_demo("gil.free_threaded", {"units=2500"});
    const TraceStore& s = o.store;
    // With: holds alternate between gil-1 and gil-2, at most one core busy.
    const uint32_t gil = object(s, "GIL");
    const auto holds = s.holds(gil);
    REQUIRE(holds.size() >= 3);
    for (size_t i = 1; i < holds.size(); ++i) CHECK(holds[i - 1].t1 <= holds[i].t0);
    const uint16_t g1 = worker(s, "gil-1"), g2 = worker(s, "gil-2");
    const auto w1 = spans(s, g1, WorkerState::Blocked, gil), w2 = spans(s, g2, WorkerState::Blocked, gil);
    CHECK(!w1.empty());
    CHECK(!w2.empty());
    CHECK(number(o, "cores busy with the GIL") < 1.2);
    // Without: the disabled GIL has no events at all; the threads' running intervals overlap.
    const uint32_t off = object(s, "GIL (disabled)");
    CHECK(events(s, [&](const TraceEvent& e) { return e.object == off; }).empty());
    const auto r1 = spans(s, worker(s, "free-1"), WorkerState::Running);
    const auto r2 = spans(s, worker(s, "free-2"), WorkerState::Running);
    CHECK(overlap(r1, r2) > std::min(length(r1), length(r2)) / 2);
    for (const char* t : {"free-1", "free-2"}) CHECK(spans(s, worker(s, t), WorkerState::Blocked).empty());
    MESSAGE("with ", result(o, "with the GIL"), ", without ", result(o, "without a GIL"), ", speed-up ",
            result(o, "speed-up without the GIL"), ", cores busy ", result(o, "cores busy with the GIL"), " / ",
            result(o, "cores busy without a GIL"));
}

TEST_CASE("gil.free_threaded: gil-1 and gil-2 never run bytecode at the same time") {
    const Observation o = run_demo("gil.free_threaded", {"units=1500"});
    const TraceStore& s = o.store;
    const uint32_t gil = object(s, "GIL");
    auto inside = [&](const char* name) {
        const uint16_t w = worker(s, name);
        const auto ob = of(s, EventKind::Obtain, gil, w), rel = of(s, EventKind::Release, gil, w);
        REQUIRE(!ob.empty());
        REQUIRE(!rel.empty());
        return clip(spans(s, w, WorkerState::Running), Span{event_ns(ob.front()), event_ns(rel.back())});
    };
    CHECK(overlap(inside("gil-1"), inside("gil-2")) == 0);
}

TEST_CASE("gil.free_threaded: threads=4, the GIL has one holder at a time and the four free threads never wait") {
    const Observation o = run_demo("gil.free_threaded", {"units=800", "threads=4"});
    const TraceStore& s = o.store;
    const auto holds = s.holds(object(s, "GIL"));
    for (size_t i = 1; i < holds.size(); ++i) CHECK(holds[i - 1].t1 <= holds[i].t0);
    const uint32_t off = object(s, "GIL (disabled)");
    CHECK(events(s, [&](const TraceEvent& e) { return e.object == off; }).empty());
    for (const char* t : {"free-1", "free-2", "free-3", "free-4"}) CHECK(spans(s, worker(s, t), WorkerState::Blocked).empty());
    for (const char* t : {"gil-1", "gil-2", "gil-3", "gil-4"}) CHECK(!of(s, EventKind::Obtain, object(s, "GIL"), worker(s, t)).empty());
}
