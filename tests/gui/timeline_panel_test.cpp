// tests/gui/timeline_panel_test.cpp — the timeline drawn headless with ImGui's
// null backend over recorded runs (IM_ASSERT throws: any ImGui misuse fails
// the case): its lanes, what hovering says, wheel zoom around the mouse,
// drag to pan, fit, follow live, the axis, granting a step by clicking a
// worker's name, a large run drawn within a bounded number of items, and the
// real window (AppUi) showing a saved run.
#include <doctest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/gui/shell/app_ui.hpp"
#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/panels.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/timeline/timeline.hpp"
#include "app/gui/timeline/timeline_lock_lane.hpp"
#include "app/gui/timeline/timeline_queue_lane.hpp"
#include "app/gui/timeline/timeline_worker_lane.hpp"
#include "core/trace/trace_file.hpp"
#include "imgui.h"
#include "imgui_impl_null.h"
#include "imgui_internal.h"
#include "tests/gui/timeline_fixture.hpp"

using il::core::Axis;
using namespace il::gui;

namespace {

using Harness = il::test::TimelineHarness;

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

TimelineFeed feed_of(const il::core::TraceStore& store, bool step_mode) {
    TimelineFeed f;
    f.store = &store;
    f.step_mode = step_mode;
    return f;
}

}  // namespace

TEST_CASE("timeline: a stepped deadlock gets a lane per worker, the GIL, each lock and the queue") {
    const auto store = il::test::stepped_deadlock_store();
    Harness h;
    h.frames(feed_of(store, true), 5);
    REQUIRE(h.timeline.lane_count() == 7);
    const std::vector<std::pair<std::string, LaneKind>> expected = {
        {"MainThread", LaneKind::Worker}, {"Thread-1", LaneKind::Worker}, {"Thread-2", LaneKind::Worker},
        {"GIL", LaneKind::Gil},           {"lock_a", LaneKind::Lock},     {"lock_b", LaneKind::Lock},
        {"q", LaneKind::Queue}};
    for (size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(h.timeline.lane(i).label() == expected[i].first);
        CHECK(h.timeline.lane(i).kind() == expected[i].second);
    }
    CHECK(h.timeline.axis() == Axis::Step);
    CHECK(h.timeline.follow() == FollowMode::Fit);
    CHECK(h.timeline.view().t0 == 0.0);
    CHECK(h.timeline.view().t1 >= 7.0);
    CHECK(h.timeline.drawn_items() > 10);
    const auto& t1 = dynamic_cast<const WorkerLane&>(h.timeline.lane(1));
    CHECK(t1.current_state() == il::core::WorkerState::Blocked);
    CHECK(dynamic_cast<const QueueLane&>(h.timeline.lane(6)).top_level() == 3);
}

TEST_CASE("timeline: hovering a bar says who, what, how long and which line") {
    const auto store = il::test::stepped_deadlock_store();
    Harness h;
    const TimelineFeed feed = feed_of(store, true);
    h.frames(feed, 3);
    // Thread-1 blocked on lock_b from step 6 on.
    std::string text = h.mouse_at(feed, h.at(h.lane_named("Thread-1"), 6.6));
    CHECK(contains(text, "Thread-1: blocked on lock_b"));
    CHECK(contains(text, "line 22"));
    // lock_a held by Thread-1 since step 3, with Thread-2 waiting at the end.
    text = h.mouse_at(feed, h.at(h.lane_named("lock_a"), 6.5));
    CHECK(contains(text, "lock_a held by Thread-1"));
    CHECK(contains(text, "still held"));
    text = h.mouse_at(feed, h.at(h.lane_named("q"), 5.5));
    CHECK(contains(text, "q: 2 items of 3"));
    CHECK(contains(text, "after a put by Thread-2"));
    // The print marker of step 5 sits in the middle of the step's column.
    text = h.mouse_at(feed, h.at(h.lane_named("Thread-2"), 4.5));
    CHECK(contains(text, "Thread-2: print"));
    CHECK(contains(text, "Thread-2 has lock_b"));
}

TEST_CASE("timeline: the wheel zooms around the mouse, keeping the time under it in place") {
    const auto store = il::test::stepped_deadlock_store();
    Harness h;
    const TimelineFeed feed = feed_of(store, false);  // the time axis
    h.frames(feed, 3);
    REQUIRE(h.timeline.axis() == Axis::Ns);
    h.mouse_at(feed, h.at(1, store.end_ns() * 0.3));
    const float x = ImGui::GetIO().MousePos.x;  // (ImGui rounds the mouse position)
    const ViewRange before = h.timeline.view();
    const double t_under = from_px(h.timeline.context(), x);
    ImGui::GetIO().AddMouseWheelEvent(0.0f, 2.0f);
    h.frame(feed);
    const ViewRange after = h.timeline.view();
    CHECK(after.span() == doctest::Approx(before.span() * wheel_zoom_factor(2.0f)));
    CHECK(from_px(h.timeline.context(), x) == doctest::Approx(t_under).epsilon(1e-9));
    CHECK(h.timeline.follow() == FollowMode::Free);
    ImGui::GetIO().AddMouseWheelEvent(0.0f, -2.0f);
    h.frame(feed);
    CHECK(h.timeline.view().span() == doctest::Approx(before.span()));
}

TEST_CASE("timeline: dragging pans, a double click fits everything again") {
    const auto store = il::test::stepped_deadlock_store();
    Harness h;
    const TimelineFeed feed = feed_of(store, true);
    h.frames(feed, 3);
    h.timeline.set_view({2.0, 6.0});
    h.frame(feed);
    const double px_per_unit = h.timeline.context().px_per_unit;
    const ImVec2 p = h.at(1, 4.0);
    h.mouse_at(feed, p);
    ImGui::GetIO().AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    h.frame(feed);
    ImGui::GetIO().AddMousePosEvent(p.x + 100.0f, p.y);
    h.frame(feed);
    ImGui::GetIO().AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    h.frame(feed);
    CHECK(h.timeline.view().t0 == doctest::Approx(2.0 - 100.0 / px_per_unit));
    CHECK(h.timeline.view().span() == doctest::Approx(4.0));
    CHECK(h.timeline.follow() == FollowMode::Free);
    h.click(feed, p);
    ImGui::GetIO().AddMouseButtonEvent(ImGuiMouseButton_Left, true);  // the second click of a double click
    h.frame(feed);
    ImGui::GetIO().AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    h.frame(feed);
    CHECK(h.timeline.follow() == FollowMode::Fit);
    CHECK(h.timeline.view().t0 == 0.0);
}

TEST_CASE("timeline: in step mode a click on a grantable worker's name grants it the next step") {
    const auto store = il::test::stepped_deadlock_store();
    Harness h;
    StepView step;
    step.stepping = step.quiescent = true;
    step.choices = {{1, il::core::Grant::Proceed}, {2, il::core::Grant::TimeOut}};
    std::vector<std::pair<uint16_t, bool>> grants;
    TimelineFeed feed = feed_of(store, true);
    feed.live = true;
    feed.step = &step;
    feed.grant = [&](uint16_t w, bool time_out) { grants.emplace_back(w, time_out); };
    const std::string text = h.frames(feed, 3);
    CHECK(contains(text, "Your move"));
    const std::string hover = h.mouse_at(feed, h.label_of(1));
    CHECK(contains(hover, "Click: give it the next step."));
    h.click(feed, h.label_of(1));
    h.click(feed, h.label_of(0));  // MainThread is not among the choices
    h.click(feed, h.label_of(2));  // Thread-2 may only time out
    REQUIRE(grants.size() == 2);
    CHECK(grants[0] == std::make_pair(uint16_t{1}, false));
    CHECK(grants[1] == std::make_pair(uint16_t{2}, true));
    step.automatic = true;  // run to end is granting: no clicks
    h.click(feed, h.label_of(1));
    CHECK(grants.size() == 2);
    step.automatic = false;
    step.quiescent = false;  // a granted worker on its way: the hint line stays, the lanes do not move
    const float lanes_top = h.timeline.context().origin.y;
    CHECK(contains(h.frame(feed), "on its way"));
    CHECK(h.timeline.context().origin.y == lanes_top);
}

TEST_CASE("timeline: the axis follows the run's mode and can be switched") {
    const auto store = il::test::stepped_deadlock_store();
    Harness h;
    const TimelineFeed feed = feed_of(store, true);
    h.frames(feed, 2);
    CHECK(h.timeline.axis() == Axis::Step);
    h.timeline.set_axis_choice(AxisChoice::Time);
    h.frame(feed);
    CHECK(h.timeline.axis() == Axis::Ns);
    CHECK(h.timeline.view().t1 >= static_cast<double>(store.end_ns()));  // fitted on the new axis
    h.timeline.set_axis_choice(AxisChoice::Auto);
    h.frame(feed_of(store, false));
    CHECK(h.timeline.axis() == Axis::Ns);
}

TEST_CASE("timeline: follow live keeps the end in view as the run grows, a pan stops it") {
    il::core::TraceStore store;
    il::test::fill_synthetic(store, 2'000, 4);
    Harness h;
    TimelineFeed feed = feed_of(store, false);
    feed.live = true;
    h.frames(feed, 2);
    CHECK(h.timeline.follow() == FollowMode::Fit);
    h.mouse_at(feed, h.at(0, store.end_ns() * 0.5));
    ImGui::GetIO().AddMouseWheelEvent(0.0f, 3.0f);  // zoom in while live: keep following
    h.frame(feed);
    CHECK(h.timeline.follow() == FollowMode::Follow);
    const double span = h.timeline.view().span();
    CHECK(span < static_cast<double>(store.end_ns()));
    CHECK(h.timeline.view().t1 >= static_cast<double>(store.end_ns()));
    il::core::TraceStore longer;
    il::test::fill_synthetic(longer, 4'000, 4);
    feed.store = &longer;  // (a new store counts as a new run: fitted again)
    h.frame(feed);
    CHECK(h.timeline.follow() == FollowMode::Fit);
    h.timeline.set_follow(false);
    CHECK(h.timeline.follow() == FollowMode::Free);
    h.timeline.set_follow(true);
    CHECK(h.timeline.follow() == FollowMode::Follow);
}

TEST_CASE("timeline: 200k events draw as a bounded number of merged items, hover counts them") {
    il::core::TraceStore store;
    il::test::fill_synthetic(store, 200'000);
    Harness h;
    const TimelineFeed feed = feed_of(store, false);
    h.frames(feed, 3);
    CHECK(h.timeline.lane_count() == 8 + 4 + 1);
    const size_t items = h.timeline.drawn_items();
    CHECK(items > 100);
    CHECK(items < 20'000);  // ~ lanes × width / min visible width, not the events
    const std::string text = h.mouse_at(feed, h.at(0, store.end_ns() * 0.5));
    CHECK(contains(text, " intervals"));
    CHECK(contains(text, "zoom in"));
}

TEST_CASE("timeline: the real window shows a saved run opened from a file") {
    const auto path = std::filesystem::temp_directory_path() / "il_timeline_panel_test.iltrace";
    il::core::save_trace(il::test::stepped_deadlock_store(), path.string());
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_DockingEnable;
    apply_style();
    load_fonts();
    ImGui_ImplNull_Init();
    {
        AppUi app(AppUiOptions{});
        app.state().session().open(path.string());
        for (int i = 0; i < 10; ++i) {
            ImGui_ImplNull_NewFrame();
            ImGui::GetIO().DisplaySize = ImVec2(1600, 1000);
            ImGui::NewFrame();
            app.draw_frame();
            ImGui::Render();
        }
        TimelinePanel* panel = nullptr;
        for (const auto& p : app.panels())
            if (auto* t = dynamic_cast<TimelinePanel*>(p.get())) panel = t;
        REQUIRE(panel != nullptr);
        CHECK(panel->timeline().lane_count() == 7);
        CHECK(panel->timeline().axis() == Axis::Step);
        CHECK(panel->timeline().drawn_items() > 0);
    }
    ImGui_ImplNull_Shutdown();
    ImGui::DestroyContext();
    std::filesystem::remove(path);
}

TEST_CASE("timeline: at the presentation size lanes, labels and markers grow with the UI scale") {
    const auto store = il::test::stepped_deadlock_store();
    float lane_at_1 = 0.0f, label_at_1 = 0.0f;
    for (float scale : {1.0f, 1.75f}) {
        set_user_scale(scale);
        Harness h;  // apply_style() picks the scale up
        h.frames(feed_of(store, true), 3);
        if (scale == 1.0f) {
            lane_at_1 = h.timeline.layout().height(0);
            label_at_1 = h.timeline.label_width();
        } else {
            CHECK(h.timeline.layout().height(0) == doctest::Approx(lane_at_1 * scale));
            CHECK(h.timeline.label_width() > label_at_1 * 1.5f);
            CHECK(h.timeline.context().scale == doctest::Approx(scale));
        }
    }
    set_user_scale(1.0f);
}
