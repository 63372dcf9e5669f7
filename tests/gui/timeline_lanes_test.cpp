// tests/gui/timeline_lanes_test.cpp — the learner's say over the timeline's
// lanes, over the stepped two-lock deadlock: the lesson's lanes first, pinned
// lanes above them, hidden lanes gone (and back), collapsed lanes a thin
// strip, a pool's internal threads folded into one row until shown, and the
// lanes shrinking to fit a short panel down to a legible height.
#include <doctest.h>

#include <string>

#include "app/gui/timeline/timeline.hpp"
#include "core/trace/trace.hpp"
#include "tests/gui/timeline_fixture.hpp"

using il::gui::LaneKind;
using il::gui::TimelineFeed;
using Harness = il::test::TimelineHarness;

namespace {

TimelineFeed feed_of(const il::core::TraceStore& store, std::vector<std::string> focus = {}) {
    TimelineFeed f;
    f.store = &store;
    f.step_mode = true;
    f.focus_lanes = std::move(focus);
    return f;
}

std::vector<std::string> labels(const il::gui::Timeline& t) {
    std::vector<std::string> out;
    for (size_t i = 0; i < t.lane_count(); ++i) out.push_back(t.lane(i).label());
    return out;
}

}  // namespace

TEST_CASE("timeline lanes: the lesson's lanes come first, pinned ones above them, hidden ones gone until shown again") {
    const auto store = il::test::stepped_deadlock_store();
    Harness h;
    h.frames(feed_of(store, {"lock_b", "Thread-2"}), 3);
    CHECK(labels(h.timeline) ==
          std::vector<std::string>{"lock_b", "Thread-2", "MainThread", "Thread-1", "GIL", "lock_a", "q"});
    // The worker → lane map follows the new order: a click on Thread-2's name is about Thread-2.
    CHECK(h.timeline.lane(h.lane_named("Thread-2")).worker() == 2);

    h.timeline.toggle_pinned("q");
    h.frames(feed_of(store, {"lock_b", "Thread-2"}), 2);
    CHECK(labels(h.timeline).front() == "q");

    h.timeline.toggle_hidden("GIL");
    h.timeline.toggle_hidden("MainThread");
    h.frames(feed_of(store, {"lock_b", "Thread-2"}), 2);
    CHECK(h.timeline.lane_count() == 5);
    CHECK(h.timeline.hidden_lanes() == 2);
    h.timeline.show_all_lanes();
    h.frames(feed_of(store, {"lock_b", "Thread-2"}), 2);
    CHECK(h.timeline.lane_count() == 7);
    CHECK(h.timeline.hidden_lanes() == 0);
}

TEST_CASE("timeline lanes: a collapsed lane is a thin strip, and back to full height") {
    const auto store = il::test::stepped_deadlock_store();
    Harness h;
    h.frames(feed_of(store), 3);
    const size_t t1 = h.lane_named("Thread-1");
    const float full = h.timeline.layout().height(t1);
    h.timeline.toggle_collapsed("Thread-1");
    h.frames(feed_of(store), 2);
    CHECK(h.timeline.layout().height(h.lane_named("Thread-1")) < full * 0.5f);
    h.timeline.toggle_collapsed("Thread-1");
    h.frames(feed_of(store), 2);
    CHECK(h.timeline.layout().height(h.lane_named("Thread-1")) == doctest::Approx(full));
}

TEST_CASE("timeline lanes: internal threads fold into one row until shown, then come last") {
    auto store = il::test::stepped_deadlock_store();
    il::core::WorkerInfo handler = store.worker(2);
    handler.flags |= il::core::kWorkerInternal;
    store.set_worker(2, handler);  // Thread-2 plays a pool's handler thread
    Harness h;
    h.frames(feed_of(store), 3);
    CHECK(h.timeline.lane_count() == 7);  // 6 lanes and the folded row
    CHECK(h.timeline.lane(6).kind() == LaneKind::Group);
    CHECK(h.timeline.lane(6).label() == "internal threads (1)");
    CHECK(h.timeline.hidden_lanes() == 1);
    // A click on the folded row's name shows them.
    h.click(feed_of(store), h.label_of(6));
    h.frames(feed_of(store), 2);
    CHECK(h.timeline.show_internals());
    CHECK(labels(h.timeline).back() == "Thread-2");
    CHECK(h.timeline.lane_count() == 7);
}

TEST_CASE("timeline lanes: many lanes shrink to fit a short panel, never below a legible height") {
    for (uint16_t workers : {4, 16, 40}) {
        CAPTURE(workers);
        il::core::TraceStore store;
        il::test::fill_synthetic(store, 20'000, workers);
        Harness h;
        h.frames(feed_of(store), 3);
        const float lane = h.timeline.context().lane_height;
        const float natural = 28.0f * h.timeline.context().scale, legible = 16.0f + 6.0f;
        MESSAGE(workers << " workers: lane " << lane << ", lanes " << h.timeline.layout().total());
        if (workers == 4) CHECK(lane == doctest::Approx(natural));  // room enough: as they are
        if (workers == 16) {
            CHECK(lane < natural);  // shrunk, and all of them fit the 700 px window
            CHECK(lane > legible);
            CHECK(h.timeline.layout().total() < 600.0f);
        }
        if (workers == 40) CHECK(lane == doctest::Approx(legible));  // no smaller: the panel scrolls
    }
}
