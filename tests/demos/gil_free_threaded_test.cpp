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
