// tests/gui/timeline_fixture.hpp — for the timeline's tests: trace stores
// filled through TraceStore::append (the path a loaded trace takes), so the
// headless GUI test binary needs no run process; and a harness drawing one
// Timeline in a full-window ImGui window with the null backend, with the
// mouse moved and clicked through ImGui's input events.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "app/gui/timeline/timeline.hpp"
#include "core/trace/trace.hpp"
#include "imgui.h"

namespace il::test {

// Object indices of stepped_deadlock_store().
inline constexpr uint32_t kLockA = 0, kLockB = 1, kQueue = 2, kGil = 3;

// builtin.deadlock as a learner steps it (9 steps): MainThread holds the GIL
// and starts Thread-1 and Thread-2; the GIL goes to Thread-1 (a hand-off);
// Thread-1 takes lock_a and puts into q, Thread-2 takes lock_b, puts and
// prints; then each blocks on the other's lock and the deadlock is reported.
core::TraceStore stepped_deadlock_store();

// `n` events of a lock-heavy run in run mode: `workers` threads taking four
// locks in turn, putting into and getting from a queue (maxsize 16), sleeping;
// 100 ns apart. With the store's default caps the lanes coarsen as they would
// for a long real run.
void fill_synthetic(core::TraceStore& store, size_t n, uint16_t workers = 8);

// An ImGui context (null backend, the window's style and fonts) and one
// Timeline filling a 1400x700 window.
class TimelineHarness {
public:
    TimelineHarness();
    ~TimelineHarness();
    TimelineHarness(const TimelineHarness&) = delete;
    TimelineHarness& operator=(const TimelineHarness&) = delete;

    // One frame; returns the text it rendered (tooltips included).
    std::string frame(const gui::TimelineFeed& feed);
    std::string frames(const gui::TimelineFeed& feed, int n);
    std::string mouse_at(const gui::TimelineFeed& feed, ImVec2 p);
    std::string click(const gui::TimelineFeed& feed, ImVec2 p);

    // From the last frame: where lane `lane` is at time t (its middle), the
    // middle of its name, the lane with this name.
    ImVec2 at(size_t lane, double t) const;
    ImVec2 label_of(size_t lane) const;
    size_t lane_named(const std::string& name) const;

    gui::Timeline timeline;
};

}  // namespace il::test
