// gil.convoy: an I/O thread alone never waits for the GIL; next to a CPU-bound
// thread under the new design every answer waits a switch interval and a drop
// request (the convoy effect); under the old design the CPU thread re-takes
// the GIL at each check and the I/O thread hardly gets it while it runs.
#include <doctest.h>

#include "demo_trace.hpp"

using namespace il::demo_test;

TEST_CASE("gil.convoy: alone no wait — new design one switch interval per answer — old design starved") {
    const Observation o = run_demo("gil.convoy", {"requests=8", "io_ms=3", "cpu_units=8000", "switch_interval_ms=2",
                                                  "check_interval=50"});
    const TraceStore& s = o.store;
    // Alone: the I/O thread takes the GIL back without ever blocking on it.
    const uint32_t alone = object(s, "GIL (alone)");
    CHECK(of(s, EventKind::Block, alone).empty());
    CHECK(of(s, EventKind::Obtain, alone).size() == 9);  // the session, then one per answer

    // New design: when the I/O thread comes back from I/O and the CPU thread has the GIL again, it waits,
    // asks (a drop request after a whole interval), and the CPU thread hands the GIL over.
    const uint32_t gnew = object(s, "GIL (new)");
    const uint16_t io_new = worker(s, "io (new)"), cpu_new = worker(s, "cpu (new)");
    const auto on = events(s, [&](const TraceEvent& e) {
        return e.object == gnew && (e.kind == EventKind::Obtain || e.kind == EventKind::Release ||
                                    e.kind == EventKind::GilDropRequest);
    });
    size_t taken_from_cpu = 0;
    for (size_t i = 1; i < on.size(); ++i) {
        if (on[i].kind != EventKind::Obtain || on[i].worker != io_new) continue;
        // (If the CPU thread had not taken the GIL back during the I/O, it was simply free.)
        if (on[i - 1].kind != EventKind::Release || on[i - 1].worker != cpu_new) continue;
        ++taken_from_cpu;
        size_t j = i - 1;  // back to the I/O thread's own previous release (or its start)
        while (j > 0 && !(on[j - 1].worker == io_new && on[j - 1].kind == EventKind::Release)) --j;
        size_t asked = 0;
        for (size_t k = j; k < i; ++k)
            if (on[k].kind == EventKind::GilDropRequest && on[k].worker == io_new) {
                ++asked;
                CHECK(on[k].value >= 2'000'000);  // after a whole switch interval
            }
        CHECK(asked == 1);
    }
    CHECK(taken_from_cpu >= 4);
    CHECK(number(o, "new: mean wait for the GIL after I/O") >= 1.0);  // loose: most waits are a whole interval
    // Alone it never blocked on its GIL (above); here it did, at least once per taken-back GIL.
    CHECK(of(s, EventKind::Block, gnew, io_new).size() >= taken_from_cpu);

    // Old design: no drop requests; the CPU thread releases at its checks and takes the GIL straight back.
    const uint32_t gold = object(s, "GIL (old)");
    const uint16_t cpu_old = worker(s, "cpu (old)");
    CHECK(of(s, EventKind::GilDropRequest, gold).empty());
    const auto old_on = events(s, [&](const TraceEvent& e) {
        return e.object == gold && (e.kind == EventKind::Obtain || e.kind == EventKind::Release);
    });
    size_t checks = 0, retaken = 0;
    for (size_t i = 0; i + 1 < old_on.size(); ++i)
        if (old_on[i].kind == EventKind::Release && old_on[i].worker == cpu_old) {
            ++checks;
            retaken += old_on[i + 1].worker == cpu_old;
        }
    CHECK(checks >= 20);
    CHECK(retaken + 1 >= checks);  // every check but (at most) the last went back to the CPU thread
    CHECK(number(o, "old: wake-ups that lost the race") >= 10);
    CHECK(number(o, "old: answers while the CPU thread ran") <= 1);
    MESSAGE("alone ", result(o, "alone: mean wait for the GIL after I/O"), ", new ",
            result(o, "new: mean wait for the GIL after I/O"), ", old answers during CPU work ",
            result(o, "old: answers while the CPU thread ran"), ", old first answer after ",
            result(o, "old: first answer after"));
}

TEST_CASE("gil.convoy: switch_interval_ms=1 makes the new design's drop requests come after one 1 ms interval") {
    // Lower bounds only: each drop request follows a whole (now 1 ms) interval of waiting, and the I/O thread
    // still had to ask at least once while the CPU thread ran.
    const Observation o = run_demo("gil.convoy", {"designs=new", "requests=6", "io_ms=1", "cpu_units=4000",
                                                  "switch_interval_ms=1"});
    const TraceStore& s = o.store;
    const uint32_t gnew = object(s, "GIL (new)");
    const auto asks = of(s, EventKind::GilDropRequest, gnew, worker(s, "io (new)"));
    CHECK(!asks.empty());
    for (const TraceEvent& e : asks) CHECK(e.value >= 1'000'000);
    CHECK(number(o, "new: drop requests") == static_cast<double>(of(s, EventKind::GilDropRequest, gnew).size()));
}
