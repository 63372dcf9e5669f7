// tests/gui/source_click_test.cpp — the learner plays the scheduler: the real
// frame (AppUi) on ImGui's null backend over a real step-mode run of
// deadlock.two_locks (this binary hosts it), stepped only by clicking the
// workers' markers in the Source panel until the cycle closes; then the
// blocked markers refuse a click and say why. IM_ASSERT throws (imconfig_test.h).
#include <doctest.h>

#include <string>

#include "app/gui/shell/panels.hpp"
#include "headless_ui.hpp"
#include "imgui_internal.h"
#include "item_recorder.hpp"

using il::test::contains;
using il::test::HeadlessUi;

namespace {

constexpr const char* kSource = il::gui::panel_title::kSource;

bool holds_still(HeadlessUi& ui) {
    const il::gui::StepView& v = ui.state().session().step_view();
    return v.quiescent && !v.automatic;
}

size_t steps(HeadlessUi& ui) { return ui.state().session().schedule().steps.size(); }

// Scrolls the source listing, as a learner would, until the item is in view.
void scroll_to(HeadlessUi& ui, const std::string& label_prefix) {
    const auto item = il::test::find_item(kSource, label_prefix);
    if (!item) return;
    ImGuiWindow* code = ImGui::FindWindowByName(item->window.c_str());
    REQUIRE(code != nullptr);
    if (item->rect.Min.y >= code->InnerRect.Min.y && item->rect.Max.y <= code->InnerRect.Max.y) return;
    ImGui::SetScrollY(code, code->Scroll.y + item->rect.Min.y - code->InnerRect.GetCenter().y);
    ui.frames(2);
}

// Clicks `worker`'s grantable marker ("▶ Thread-1 → …") and waits for the run to hold still again.
void click_marker(HeadlessUi& ui, const std::string& worker) {
    ui.frames(2);  // let "follow" bring the moved markers into view
    scroll_to(ui, "\u25B6 " + worker + " \u2192");
    const size_t before = steps(ui);
    INFO("step " << before + 1 << ": " << worker);
    REQUIRE_MESSAGE(ui.click(kSource, "\u25B6 " + worker + " \u2192"), "no grantable marker for " << worker);
    REQUIRE(ui.frames_until([&] { return holds_still(ui) && steps(ui) == before + 1; }));
    CHECK(ui.state().session().schedule().steps.back().worker == worker);
}

}  // namespace

TEST_CASE("source panel: clicking the workers' markers steps two locks into the deadlock, one grant per click") {
    HeadlessUi ui(ImVec2(1600, 1000));
    ui.state().select("deadlock.two_locks");
    il::gui::SessionConfig config;
    config.demo_id = "deadlock.two_locks";
    config.mode = il::core::DirectorMode::Step;
    config.params = {"pause=0"};
    ui.state().session().start(config);
    REQUIRE(ui.frames_until([&] { return holds_still(ui); }));
    CHECK(contains(ui.frames(1), "click a marker to step that worker"));

    // MainThread starts both threads; each takes its first lock, prints, sleeps, and asks for its second.
    for (const char* worker : {"MainThread", "MainThread", "MainThread", "Thread-1", "Thread-2", "Thread-1",
                               "Thread-2", "Thread-1", "Thread-2", "Thread-1", "Thread-2"})
        click_marker(ui, worker);
    REQUIRE(ui.frames_until([&] { return ui.state().session().status().failed; }));
    CHECK(ui.state().session().status().outcome.rfind("deadlock: ", 0) == 0);

    // Now every marker is outlined (no ▶) and says what blocks it; a click grants nothing.
    const std::string text = ui.frames(3);
    CHECK(contains(text, "blocked: held by Thread-2"));
    CHECK(contains(text, "blocked: held by Thread-1"));
    CHECK(il::test::find_item(kSource, "Thread-1 \u2192 mutexB.acquire()").has_value());
    CHECK_FALSE(il::test::find_item(kSource, "\u25B6 Thread-1").has_value());
    const size_t before = steps(ui);
    REQUIRE(ui.click(kSource, "Thread-1 \u2192 mutexB.acquire()"));
    ui.frames(3);
    CHECK(steps(ui) == before);
}
