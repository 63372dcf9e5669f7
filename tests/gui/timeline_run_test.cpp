// tests/gui/timeline_run_test.cpp — the timeline over real recorded runs
// (run processes hosted by this binary, observed with core::observe_run):
// builtin.deadlock stepped round-robin until its cycle closes, and
// deadlock.philosophers_waiter run freely (hand-offs between real threads).
#include <doctest.h>

#include <memory>
#include <string>

#include "app/gui/timeline/timeline.hpp"
#include "app/gui/timeline/timeline_worker_lane.hpp"
#include "core/observer/director.hpp"
#include "core/observer/observe.hpp"
#include "tests/gui/timeline_fixture.hpp"

using namespace il::core;
using il::gui::TimelineFeed;

namespace {

Observation observe(const std::string& demo, DirectorMode mode) {
    const std::unique_ptr<Strategy> rr = make_round_robin();
    ObserveOptions opt;
    opt.run.demo_id = demo;
    opt.run.mode = mode;
    opt.strategy = mode == DirectorMode::Step ? rr.get() : nullptr;
    opt.timeout_s = 60;
    return observe_run(opt);
}

TimelineFeed feed_of(const TraceStore& store, bool step_mode) {
    TimelineFeed f;
    f.store = &store;
    f.step_mode = step_mode;
    return f;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("timeline over a real run: builtin.deadlock stepped to its cycle shows both threads blocked on the "
          "other's lock") {
    const Observation o = observe("builtin.deadlock", DirectorMode::Step);
    REQUIRE(o.status == StepStatus::Deadlock);
    il::test::TimelineHarness h;
    const TimelineFeed feed = feed_of(o.store, true);
    h.frames(feed, 3);
    CHECK(h.timeline.axis() == Axis::Step);
    const size_t t1 = h.lane_named("Thread-1"), t2 = h.lane_named("Thread-2");
    h.lane_named("lock_a");
    h.lane_named("lock_b");
    for (size_t lane : {t1, t2}) {
        const auto& w = dynamic_cast<const il::gui::WorkerLane&>(h.timeline.lane(lane));
        CHECK(w.current_state() == WorkerState::Blocked);
    }
    // The "now" column, after the last step: each thread is blocked on a lock the other holds.
    const double now = static_cast<double>(o.store.end_step()) + 0.5;
    const std::string t1_text = h.mouse_at(feed, h.at(t1, now));
    const std::string t2_text = h.mouse_at(feed, h.at(t2, now));
    CHECK((contains(t1_text, "Thread-1: blocked on lock_b") || contains(t1_text, "Thread-1: blocked on lock_a")));
    CHECK((contains(t2_text, "Thread-2: blocked on lock_a") || contains(t2_text, "Thread-2: blocked on lock_b")));
    CHECK(contains(h.mouse_at(feed, h.at(h.lane_named("lock_a"), now)), "lock_a held by Thread-"));
    CHECK(contains(h.mouse_at(feed, h.at(h.lane_named("lock_b"), now)), "others waited"));
}

TEST_CASE("timeline over a real run: the philosophers with a waiter draw on the time axis, with hand-offs") {
    const Observation o = observe("deadlock.philosophers_waiter", DirectorMode::Run);
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    il::test::TimelineHarness h;
    const TimelineFeed feed = feed_of(o.store, false);
    h.frames(feed, 3);
    CHECK(h.timeline.axis() == Axis::Ns);
    h.lane_named("Philosopher-1");
    h.lane_named("waiter");  // a Semaphore: a lock lane with a row per seat
    size_t handoffs = 0;
    for (uint32_t obj = 0; obj < o.store.object_count(); ++obj) handoffs += o.store.handoffs(obj).size();
    CHECK(handoffs > 0);
    CHECK(h.timeline.drawn_items() > 20);
}
