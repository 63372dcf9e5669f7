// tests/gui/panels_test.cpp — the real frame (AppUi::draw_frame: menu bar,
// status bar, dock space, default layout, every panel) run headless with
// ImGui's null backend (headless_ui.hpp). IM_ASSERT throws here
// (imconfig_test.h), so any ImGui misuse in a panel fails the case; the text
// each frame rendered is captured through ImGui's logging to check what the
// panels say.
//
// The first case needs an empty catalogue: ctest runs every case in its own
// process, and run as one binary doctest runs this file's cases in order
// before the later files that register demos.
#include <doctest.h>

#include <algorithm>
#include <memory>
#include <string_view>
#include <vector>
#include <string>

#include "app/gui/shell/app_ui.hpp"
#include "app/gui/shell/layout.hpp"
#include "app/gui/shell/panels.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/common/i18n.hpp"
#include "headless_ui.hpp"
#include "imgui.h"
#include "imgui_impl_null.h"
#include "imgui_internal.h"

using il::core::DemoInfo;
using il::core::ParamSpec;
namespace panel_title = il::gui::panel_title;

namespace {

constexpr int kFrames = 10;
using il::test::HeadlessUi;

ImGuiWindow* panel_window(const char* title) {
    ImGuiWindow* w = ImGui::FindWindowByName(title);
    REQUIRE_MESSAGE(w != nullptr, title);
    return w;
}

// Every panel is docked in the main dock space; the catalogue, the run
// controls and the lesson's three views are shown and not squeezed, and the
// other views are tabs behind the lesson's third.
void check_layout(il::gui::AppUi& app, float min_width, float min_height) {
    const il::gui::Lesson& lesson = app.lesson();
    REQUIRE(lesson.views.size() == 3);
    std::vector<const char*> shown = {panel_title::kDemos, panel_title::kRunControls};
    for (il::core::LessonView v : lesson.views) shown.push_back(il::gui::panel_for(v));
    const ImGuiDockNode* third = panel_window(il::gui::panel_for(lesson.views[2]))->DockNode;
    for (const char* title :
         {panel_title::kDemos, panel_title::kRunControls, panel_title::kTimeline, panel_title::kWaitGraph,
          panel_title::kSource, panel_title::kConsole, panel_title::kInspector, panel_title::kProcessTree}) {
        ImGuiWindow* w = panel_window(title);
        const std::string name = title;
        CAPTURE(name);
        REQUIRE(w->DockNode != nullptr);
        CHECK(ImGui::DockNodeGetRootNode(w->DockNode)->ID == il::gui::dockspace_id());
        CHECK(w->Active);
        if (std::find(shown.begin(), shown.end(), std::string_view(title)) == shown.end()) {
            CHECK(w->DockNode == third);  // a tab away
            continue;
        }
        CHECK_FALSE(w->Hidden);
        CHECK(w->Size.x >= min_width);
        CHECK(w->Size.y >= min_height);
    }
}

using il::test::contains;

void register_test_demos() {
    if (il::core::Registry::find("test.all_params") != nullptr) return;
    DemoInfo a;
    a.id = "test.all_params";
    a.title = "Every kind of parameter";
    a.group = "Lock";
    a.summary = "One parameter of each kind.";
    a.explanation = "A long explanation that has to wrap inside the panel. " + std::string(400, 'x');
    a.python = "import threading\n\nlock = threading.Lock()\nwith lock:\n    counter += 1\n";
    a.try_this = {"Turn use_lock off.", "Raise the iterations."};
    a.params = {ParamSpec::Int("iterations", 1000, 1, 10'000'000, "How often each worker adds one."),
                ParamSpec::Int("fixed", 2, 2, 2), ParamSpec::Double("delay_ms", 0.5, 0.001, 1000.0),
                ParamSpec::Bool("use_lock", true), ParamSpec::Choice("policy", {"round-robin", "random"})};
    a.source_file = "test_all_params.cpp";
    il::core::Registry::add(a);
    il::core::Registry::add_source("test_all_params.cpp", "// line 1\nint main() {}\n");
    DemoInfo b;
    b.id = "test.bare";
    b.title = "A demo with nothing but a title";
    b.group = "Unlisted group";
    il::core::Registry::add(b);
}

}  // namespace

TEST_CASE("panels: with no demos registered, every panel draws an honest empty state") {
    REQUIRE_MESSAGE(il::core::Registry::all().empty(), "this case needs a process with an empty catalogue");
    HeadlessUi ui;
    const std::string text = ui.frames(kFrames);
    CHECK(contains(text, "No demos in this build."));
    CHECK(contains(text, il::gui::kNoRunYet));
    CHECK(contains(text, "No demo selected."));
    check_layout(ui.app(), 150.0f, 80.0f);
}

TEST_CASE("panels: the lesson layout gives the catalogue, the controls and the lesson's three views a usable share of a 1280x800 window") {
    register_test_demos();
    HeadlessUi ui;
    ui.frames(kFrames);
    check_layout(ui.app(), 250.0f, 120.0f);
}

TEST_CASE("panels: the selected demo shows its texts, parameters, Python and source") {
    register_test_demos();
    HeadlessUi ui;
    ui.app().state().select("test.all_params");
    const std::string text = ui.frames(kFrames);
    for (const char* expected :
         {"Every kind of parameter", "One parameter of each kind.", "Turn use_lock off.", "iterations", "delay_ms",
          "use_lock", "round-robin", "import threading", "int main() {}", "interleave run test.all_params"})
        CHECK_MESSAGE(contains(text, expected), expected);
}

TEST_CASE("panels: in Chinese a demo's Python and an example as shipped show translated comments, and a learner's "
          "own program shows as it is") {
    const std::string code = "import threading\nt.start()   # hangs\n";  // "hangs": a comment lang/ translates
    if (il::core::Registry::find("test.python_comments") == nullptr) {
        DemoInfo d;
        d.id = "test.python_comments";
        d.title = "A demo whose Python has a comment";
        d.group = "Lock";
        d.python = code;
        il::core::Registry::add(d);
        for (const char* file : {"/nonexistent/shipped.py", "/nonexistent/own.py"}) {
            DemoInfo p;  // a program, as python/host.cpp makes one: its source_file is its absolute path
            p.id = file;
            p.title = file;
            p.group = "Lock";
            p.source_file = file;
            p.shipped_example = std::string(file).ends_with("shipped.py");
            il::core::Registry::add(p);
            il::core::Registry::add_source(file, code);
        }
    }
    struct Restore {
        ~Restore() { il::i18n::set_language(il::i18n::Lang::En); }
    } restore;
    il::i18n::set_language(il::i18n::Lang::ZhCN);
    const std::string words(il::i18n::comment_translation("hangs"));
    REQUIRE_FALSE(words.empty());
    const std::string translated = "t.start()   # " + words, english = "t.start()   # hangs";
    HeadlessUi ui;
    ui.app().state().select("test.python_comments");
    std::string text = ui.frames(kFrames);
    CHECK(contains(text, translated));
    CHECK_FALSE(contains(text, english));
    ui.app().state().select("/nonexistent/shipped.py");
    text = ui.frames(kFrames);
    CHECK(contains(text, translated));
    CHECK_FALSE(contains(text, english));
    ui.app().state().select("/nonexistent/own.py");
    text = ui.frames(kFrames);
    CHECK(contains(text, english));
    CHECK_FALSE(contains(text, translated));
}

TEST_CASE("panels: edited parameters show up in the command line and reset to the defaults") {
    register_test_demos();
    HeadlessUi ui;
    const DemoInfo& demo = *il::core::Registry::find("test.all_params");
    ui.app().state().select(demo.id);
    REQUIRE(ui.app().state().params_for(demo).set(demo.params, "use_lock", "false").empty());
    CHECK(contains(ui.frames(2), "interleave run test.all_params --param use_lock=false"));
    ui.app().state().reset_params(demo);
    CHECK_FALSE(contains(ui.frames(2), "--param"));
}

TEST_CASE("panels: a demo with no texts, parameters or source draws without errors") {
    register_test_demos();
    HeadlessUi ui;
    ui.app().state().select("test.bare");
    const std::string text = ui.frames(kFrames);
    CHECK(contains(text, "This demo has no parameters."));
    CHECK(contains(text, "No source for this demo."));
}

TEST_CASE("panels: a small 800x500 window and a huge one draw without errors") {
    register_test_demos();
    for (ImVec2 size : {ImVec2(800, 500), ImVec2(3840, 2160)}) {
        HeadlessUi ui(size);
        ui.app().state().select("test.all_params");
        CHECK_NOTHROW(ui.frames(kFrames));
    }
}

TEST_CASE("panels: Lesson layout brings a closed panel back into its dock") {
    register_test_demos();
    HeadlessUi ui;
    ui.frames(3);
    for (const auto& panel : ui.app().panels())
        if (std::string(panel->title()) == panel_title::kConsole) panel->open() = false;
    ui.frames(3);
    CHECK_FALSE(panel_window(panel_title::kConsole)->Active);
    ui.app().reset_layout();
    ui.frames(kFrames);
    check_layout(ui.app(), 150.0f, 80.0f);
}

TEST_CASE("panels: a UI scale of 2 (a projector or a HiDPI screen) still fits every panel") {
    register_test_demos();
    il::gui::set_user_scale(2.0f);
    {
        HeadlessUi ui(ImVec2(2560, 1600));
        ui.app().state().select("test.all_params");
        ui.frames(kFrames);
        check_layout(ui.app(), 500.0f, 240.0f);
    }
    il::gui::set_user_scale(1.0f);
}

TEST_CASE("panels: the harness turns an ImGui misuse into a failed check, not an abort") {
    HeadlessUi ui;
    ui.frames(1);
    ImGui_ImplNull_NewFrame();
    ImGui::NewFrame();
    CHECK_THROWS_AS(ImGui::End(), il::test::ImGuiAssertion);  // End() without Begin()
}
