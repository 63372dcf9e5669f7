// tests/gui/lesson_layout_test.cpp — the lesson layout over the real catalogue,
// headless at a projector's sizes: each lesson opens with the views that carry
// it in view and large (never a tab away, never squeezed), in normal and in
// presentation mode; a new lesson, a new window size and View → Lesson layout
// arrange it again; a panel can be maximised and put back; the course can be
// walked with Previous / Next.
#include <doctest.h>

#include <string>
#include <vector>

#include "app/gui/shell/layout.hpp"
#include "app/gui/shell/panels.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/timeline/timeline.hpp"
#include "headless_ui.hpp"
#include "item_recorder.hpp"
#include "imgui_internal.h"

using il::core::LessonView;
using il::gui::Command;
using il::gui::panel_for;
using il::test::HeadlessUi;
namespace panel_title = il::gui::panel_title;

namespace {

constexpr int kFrames = 12;

ImGuiWindow* window_of(const char* title) {
    ImGuiWindow* w = ImGui::FindWindowByName(title);
    REQUIRE_MESSAGE(w != nullptr, title);
    return w;
}

bool shown(const char* title) {
    const ImGuiWindow* w = window_of(title);
    return w->Active && !w->Hidden;
}

float area(const char* title) { return window_of(title)->Size.x * window_of(title)->Size.y; }

struct Case {
    const char* demo;
    std::vector<LessonView> views;  // the first is the lesson's main view
};

const Case kCases[] = {
    {"gil.convoy", {LessonView::Timeline}},
    {"deadlock.two_locks", {LessonView::WaitGraph, LessonView::Source, LessonView::Timeline}},
    {"fork.two_forks", {LessonView::ProcessTree}},
    {"pool.apply_vs_async", {LessonView::Timeline}},
    {"queue.producer_consumer", {LessonView::Timeline, LessonView::Inspector}},
};

}  // namespace

TEST_CASE("lesson layout: five lessons at 1280x720 and 1024x768, with and without presentation mode, show their focus") {
    for (ImVec2 size : {ImVec2(1280, 720), ImVec2(1024, 768)}) {
        for (bool present : {false, true}) {
            for (const Case& c : kCases) {
                CAPTURE(c.demo);
                CAPTURE(size.x);
                CAPTURE(present);
                HeadlessUi ui(size);
                ui.state().select(c.demo);
                if (present) ui.app().set_presenting(true);
                ui.frames(kFrames);
                const il::gui::Lesson& lesson = ui.app().lesson();
                REQUIRE(lesson.views.size() == 3);
                CHECK(lesson.views[0] == c.views[0]);
                for (LessonView v : c.views) CHECK(std::find(lesson.views.begin(), lesson.views.end(), v) != lesson.views.end());
                for (const char* title : {panel_title::kDemos, panel_title::kRunControls}) CHECK(shown(title));
                for (LessonView v : lesson.views) {
                    CAPTURE(panel_for(v));
                    CHECK(shown(panel_for(v)));
                    CHECK(window_of(panel_for(v))->Size.x >= size.x * 0.25f);
                    CHECK(window_of(panel_for(v))->Size.y >= size.y * 0.3f);
                }
                // The main view is the largest panel of the window.
                for (const auto& panel : ui.app().panels())
                    if (shown(panel->title())) CHECK(area(panel_for(lesson.views[0])) >= area(panel->title()));
                il::gui::set_user_scale(1.0f);  // the text size is the process's: back for the next case
            }
        }
    }
}

TEST_CASE("lesson layout: opening a lesson with another focus arranges the panels again, one with the same focus keeps them") {
    HeadlessUi ui(ImVec2(1280, 720));
    ui.state().select("gil.convoy");
    ui.frames(kFrames);
    CHECK_FALSE(shown(panel_title::kProcessTree));
    ui.state().select("fork.two_forks");
    ui.frames(kFrames);
    CHECK(shown(panel_title::kProcessTree));
    CHECK(ui.app().lesson().views[0] == LessonView::ProcessTree);

    // The learner moves a splitter; another fork lesson (same focus) leaves it where they put it.
    ImGuiWindow* tree = window_of(panel_title::kProcessTree);
    ImGuiDockNode* node = tree->DockNode;
    REQUIRE(node != nullptr);
    const float before = tree->Size.y;
    ImGui::DockBuilderSetNodeSize(node->ID, ImVec2(node->Size.x, before * 0.8f));
    ui.frames(3);
    const ImVec2 moved = window_of(panel_title::kProcessTree)->Size;
    ui.state().select("fork.getpid");
    ui.frames(kFrames);
    CHECK(window_of(panel_title::kProcessTree)->Size.y == doctest::Approx(moved.y));

    // With "Arrange for each lesson" off, even another focus keeps the learner's arrangement.
    ui.app().saved().lesson_layouts = false;
    ui.state().select("gil.convoy");
    ui.frames(kFrames);
    CHECK(shown(panel_title::kProcessTree));
    // View → Lesson layout arranges it for the lesson on screen.
    il::gui::execute(ui.state(), Command::LessonLayout);
    ui.frames(kFrames);
    CHECK(ui.app().lesson().views[0] == LessonView::Timeline);
    CHECK_FALSE(shown(panel_title::kProcessTree));
    CHECK(shown(panel_title::kTimeline));
}

TEST_CASE("lesson layout: a layout made at one size is made again at another, in the same proportions") {
    HeadlessUi big(ImVec2(1600, 900));
    big.state().select("deadlock.two_locks");
    big.frames(kFrames);
    const float share = window_of(panel_title::kWaitGraph)->Size.x / 1600.0f;
    big.set_display(ImVec2(1024, 768));
    big.frames(kFrames);
    CHECK(window_of(panel_title::kWaitGraph)->Size.x / 1024.0f == doctest::Approx(share).epsilon(0.03));
    CHECK(shown(panel_title::kSource));
    CHECK(window_of(panel_title::kSource)->Size.x >= 1024 * 0.25f);
}

TEST_CASE("lesson layout: F11 maximises the focused panel over the dock space and puts it back, the layout kept") {
    HeadlessUi ui(ImVec2(1280, 720));
    ui.state().select("deadlock.two_locks");
    ui.frames(kFrames);
    const ImVec2 docked = window_of(panel_title::kSource)->Size;
    ImGui::SetWindowFocus(panel_title::kSource);
    ui.press(ImGuiKey_F11);
    ui.frames(3);
    REQUIRE(ui.app().maximised() != nullptr);
    CHECK(std::string(ui.app().maximised()->title()) == panel_title::kSource);
    const ImGuiWindow* big = ImGui::FindWindowByName("###maximised");
    REQUIRE(big != nullptr);
    CHECK(big->Active);
    CHECK(big->Size.x >= 1200.0f);
    CHECK(big->Size.y >= 600.0f);
    CHECK(il::test::contains(ui.text(), "demos/deadlock_two_locks.cpp"));  // the panel's own content, drawn big

    ui.press(ImGuiKey_F11);
    ui.frames(3);
    CHECK(ui.app().maximised() == nullptr);
    CHECK(window_of(panel_title::kSource)->Size.x == doctest::Approx(docked.x));
    CHECK(window_of(panel_title::kSource)->Size.y == doctest::Approx(docked.y));
}

TEST_CASE("lesson layout: Next and Previous walk the course in the catalogue's order, fork first and the built-ins last") {
    HeadlessUi ui(ImVec2(1280, 720));
    ui.frames(2);
    const auto course = il::core::Registry::catalogue();
    REQUIRE(course.size() > 2);
    CHECK(course.front()->group == "fork");
    CHECK(course.back()->group == "Built-in");
    CHECK(ui.state().selected_id() == course.front()->id);  // the window opens on the first lesson
    CHECK_FALSE(il::gui::command_enabled(ui.state(), Command::PreviousDemo));
    CHECK(il::gui::why_disabled(ui.state(), Command::PreviousDemo) == "This is the first demo of the course.");
    ui.press(ImGuiMod_Ctrl | ImGuiKey_PageDown);
    CHECK(ui.state().selected_id() == course[1]->id);
    CHECK(ui.click("Demos", "< Previous demo"));
    CHECK(ui.state().selected_id() == course[0]->id);
    ui.state().select(course.back()->id);
    CHECK_FALSE(il::gui::command_enabled(ui.state(), Command::NextDemo));
    // "Try this" and its first line are in view in the Demos panel at 1280x720, without scrolling.
    for (const Case& c : kCases) {
        CAPTURE(c.demo);
        ui.state().select(c.demo);
        ui.frames(kFrames);
        const auto header = il::test::find_item("", "Try this###try_this");
        REQUIRE(header.has_value());
        const ImGuiWindow* details = ImGui::FindWindowByName(header->window.c_str());
        REQUIRE(details != nullptr);
        CHECK(details->Scroll.y == 0.0f);
        // The header and the first line under it: four lines of the 16 px UI font (the
        // recorded rect of an open header spans its body, so its top is what counts).
        CHECK(header->rect.Min.y + 4.0f * 16.0f <= details->InnerClipRect.Max.y);
    }
}

TEST_CASE("lesson layout: the lesson the window opens on runs (F5) without dropping events") {
    HeadlessUi ui(ImVec2(1280, 720));
    ui.frames(2);
    CHECK(ui.state().selected()->group == "fork");
    ui.press(ImGuiKey_F5);
    REQUIRE(ui.frames_until([&] { return ui.state().session().status().state == il::gui::SessionState::Finished; }));
    CHECK(ui.state().session().status().events > 0);
    CHECK(ui.state().session().status().dropped == 0);
}

TEST_CASE("lesson layout: presentation mode comes back from the saved settings or --present, with its text size, and Ctrl+P turns it off") {
    {
        HeadlessUi ui(ImVec2(1280, 720));
        ui.app().saved().present = true;
        ui.app().saved().text_scale = 1.75f;
        ui.frames(kFrames);
        CHECK(ui.app().presenting());
        CHECK(il::gui::user_scale() == doctest::Approx(1.75f));
        ui.press(ImGuiMod_Ctrl | ImGuiKey_P);
        ui.frames(2);
        CHECK_FALSE(ui.app().presenting());
        CHECK(il::gui::user_scale() == doctest::Approx(1.0f));
        CHECK_FALSE(ui.app().saved().present);  // what the ini will say
    }
    {
        il::gui::AppUiOptions options;
        options.present = true;
        HeadlessUi ui(ImVec2(1024, 768), options);
        ui.frames(kFrames);
        CHECK(ui.app().presenting());
        CHECK(il::gui::user_scale() > 1.0f);
        CHECK(ui.app().saved().present);
    }
    il::gui::set_user_scale(1.0f);
}

TEST_CASE("lesson layout: apply_vs_async's switch from apply to apply_async is marked across the timeline") {
    HeadlessUi ui(ImVec2(1280, 720));
    ui.state().select("pool.apply_vs_async");
    const il::core::DemoInfo& demo = *ui.state().selected();
    for (const char* p : {"tasks=2", "processes=2", "task_ms=0"}) REQUIRE(ui.state().params_for(demo).set(demo.params, p).empty());
    il::gui::execute(ui.state(), Command::Run);
    REQUIRE(ui.frames_until([&] { return ui.state().session().status().state == il::gui::SessionState::Finished; }));
    ui.frames(3);
    il::gui::TimelinePanel* timeline = nullptr;
    for (const auto& panel : ui.app().panels())
        if (auto* t = dynamic_cast<il::gui::TimelinePanel*>(panel.get())) timeline = t;
    REQUIRE(timeline != nullptr);
    CHECK(timeline->timeline().mark_count() == 1);
    // The lanes the lesson names come first: MainThread, then the pool's workers.
    CHECK(timeline->timeline().lane(0).label() == "MainThread");
    CHECK(timeline->timeline().lane(1).label().starts_with("ForkPoolWorker-"));
}

TEST_CASE("lesson layout: the first run welcomes the learner and points at the first lesson, once") {
    il::gui::AppUiOptions options;
    options.welcome = true;
    {
        HeadlessUi ui(ImVec2(1280, 720), options);
        const std::string text = ui.frames(kFrames);
        const auto course = il::core::Registry::catalogue();
        CHECK(il::test::contains(text, "Welcome to Interleave"));
        CHECK(il::test::contains(text, "Start with " + course.front()->title));
        ui.state().select(course[3]->id);
        ui.frames(2);
        REQUIRE(ui.click("", "Start with "));
        CHECK(ui.state().selected_id() == course.front()->id);
        CHECK(ui.app().saved().welcomed);
        CHECK_FALSE(il::test::contains(ui.frames(3), "Welcome to Interleave"));
    }
    // A window whose settings say it was seen does not show it again.
    HeadlessUi again(ImVec2(1280, 720), options);
    again.app().saved().welcomed = true;
    CHECK_FALSE(il::test::contains(again.frames(kFrames), "Welcome to Interleave"));
}

TEST_CASE("lesson layout: a double click on a panel's tab maximises it, one on its title bar puts it back") {
    HeadlessUi ui(ImVec2(1280, 720));
    ui.state().select("deadlock.two_locks");
    ui.frames(kFrames);
    const ImRect tab = window_of(panel_title::kWaitGraph)->DC.DockTabItemRect;  // its tab in the dock node's bar
    REQUIRE(tab.GetWidth() > 0.0f);
    auto double_click = [&](ImVec2 at) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(at.x, at.y);
        ui.frames(1);
        for (int i = 0; i < 2; ++i) {
            io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
            ui.frames(1);
            io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
            ui.frames(1);
        }
        ui.frames(2);
    };
    double_click(tab.GetCenter());
    REQUIRE(ui.app().maximised() != nullptr);
    CHECK(std::string(ui.app().maximised()->title()) == panel_title::kWaitGraph);
    const ImGuiWindow* big = ImGui::FindWindowByName("###maximised");
    REQUIRE(big != nullptr);
    double_click(ImVec2(big->Pos.x + 200.0f, big->Pos.y + ImGui::GetFrameHeight() * 0.5f));
    CHECK(ui.app().maximised() == nullptr);
}

TEST_CASE("lesson layout: a demo that names no lanes gets its group's: the GIL's lanes for a GIL lesson, the pool's workers for a pool one") {
    CHECK(il::gui::lesson_for(il::core::Registry::find("gil.cpu_bound")).lanes == std::vector<std::string>{"GIL*"});
    CHECK(il::gui::lesson_for(il::core::Registry::find("pool.map")).lanes.front() == "MainThread");
    CHECK(il::gui::lesson_for(il::core::Registry::find("thread.start_join")).lanes.empty());
    CHECK(il::gui::lane_rank({"GIL*"}, "GIL (new)") == 0);
    CHECK(il::gui::lane_rank({"GIL*"}, "Thread-1") == 1);
}
