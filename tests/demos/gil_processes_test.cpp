// gil.processes: threads of one process share one GIL and take turns; each
// process makes its own GIL, held by it alone, and the processes compute at
// the same time.
#include <doctest.h>

#include "demo_trace.hpp"

using namespace il::demo_test;

namespace {

Span held_span(const TraceStore& s, uint32_t gil) {
    const auto h = s.holds(gil);
    REQUIRE(!h.empty());
    return {h.front().t0, h.back().t1 == kOpenEnd ? s.end_ns() : h.back().t1};
}

}  // namespace

TEST_CASE("gil.processes: one GIL shared by the threads, one GIL per process, processes overlap") {
    const Observation o = run_demo("gil.processes", {"units=4000"});
    const TraceStore& s = o.store;
    const uint32_t main_gil = object(s, "GIL");
    const uint16_t t1 = worker(s, "thread-1"), t2 = worker(s, "thread-2");
    // The threads: one GIL between them, never both computing.
    for (const HoldInterval& h : s.holds(main_gil)) CHECK((h.holder == t1 || h.holder == t2));
    for (size_t i = 1; i < s.holds(main_gil).size(); ++i) CHECK(s.holds(main_gil)[i - 1].t1 <= s.holds(main_gil)[i].t0);
    CHECK(of(s, EventKind::GilDropRequest, main_gil).size() >= 2);
    CHECK(number(o, "cores busy with threads") < 1.2);
    // The processes: each made its own GIL, held by that process alone, with nobody waiting for it.
    const uint16_t p1 = worker(s, "Process-1"), p2 = worker(s, "Process-2");
    const uint32_t g1 = object(s, "GIL (Process-1)"), g2 = object(s, "GIL (Process-2)");
    for (const auto& [gil, proc] : {std::pair{g1, p1}, std::pair{g2, p2}}) {
        CHECK(s.object(gil).kind == ObjectKind::Gil);
        const auto holds = s.holds(gil);
        REQUIRE(holds.size() == 1);  // taken once, never handed to anybody
        CHECK(holds[0].holder == proc);
        CHECK_FALSE(holds[0].contended);
        CHECK(of(s, EventKind::GilDropRequest, gil).empty());
    }
    // Both processes were inside their interpreters at the same time — impossible for two threads under
    // one GIL — for a good part of their work (loosely: the second fork may start late on a busy machine).
    const Span a = held_span(s, g1), b = held_span(s, g2);
    const int64_t both = std::min(a.t1, b.t1) - std::max(a.t0, b.t0);
    CHECK(both > std::min(a.t1 - a.t0, b.t1 - b.t0) / 4);
    MESSAGE("threads ", result(o, "threads (one GIL)"), ", processes ", result(o, "processes (a GIL each)"),
            ", speed-up ", result(o, "speed-up of processes"), ", cores busy ", result(o, "cores busy with threads"),
            " / ", result(o, "cores busy with processes"));
}

TEST_CASE("gil.processes: workers=4, the four threads share one GIL and each of the four processes has its own") {
    const Observation o = run_demo("gil.processes", {"units=800", "workers=4"});
    const TraceStore& s = o.store;
    const uint32_t main_gil = object(s, "GIL");
    const auto holds = s.holds(main_gil);
    for (size_t i = 1; i < holds.size(); ++i) CHECK(holds[i - 1].t1 <= holds[i].t0);
    for (int i = 1; i <= 4; ++i) {
        const std::string t = "thread-" + std::to_string(i), p = "Process-" + std::to_string(i);
        CHECK(!of(s, EventKind::Obtain, main_gil, worker(s, t)).empty());
        const uint32_t own = object(s, "GIL (" + p + ")");
        const auto h = s.holds(own);
        REQUIRE(h.size() == 1);  // taken once by that process, never passed on
        CHECK(h[0].holder == worker(s, p));
        CHECK_FALSE(h[0].contended);
        CHECK(of(s, EventKind::GilDropRequest, own).empty());
    }
}
