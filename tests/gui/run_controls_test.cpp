// tests/gui/run_controls_test.cpp — the run controls, menus and shortcuts over
// real runs: the frame (AppUi) on ImGui's null backend, driven with simulated
// keys and clicks, starting real run processes of the real demos (this binary
// hosts them: tests/test_main.cpp). IM_ASSERT throws (imconfig_test.h).
#include <doctest.h>

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <string>

#include "app/gui/shell/panels.hpp"
#include "app/gui/session/status_text.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/common/i18n.hpp"
#include "headless_ui.hpp"

using il::gui::SessionState;
using il::test::contains;
using il::test::HeadlessUi;
namespace fs = std::filesystem;

namespace {

constexpr const char* kTwoLocks = "deadlock.two_locks";
constexpr const char* kRunControls = il::gui::panel_title::kRunControls;
// Round-robin closes the two-lock cycle well within this many steps.
constexpr int kMaxSteps = 60;

// A fresh empty directory under the temp dir, removed at scope exit.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name)
        : path(fs::temp_directory_path() / ("il_gui_run_" + name + "_" + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

bool holds_still(HeadlessUi& ui) {
    const il::gui::StepView& v = ui.state().session().step_view();
    return v.quiescent && !v.automatic;
}

bool failed(HeadlessUi& ui) { return ui.state().session().status().failed; }

// Selects the two-lock demo and starts it in step mode with F7.
void start_stepping(HeadlessUi& ui) {
    ui.state().select(kTwoLocks);
    ui.frames(2);
    ui.press(ImGuiKey_F7);
    REQUIRE(ui.frames_until([&] { return holds_still(ui); }));
    REQUIRE(ui.state().session().status().mode == il::core::DirectorMode::Step);
}

// Space until the cycle closes.
void step_to_deadlock(HeadlessUi& ui) {
    for (int i = 0; i < kMaxSteps && !failed(ui); ++i) {
        ui.press(ImGuiKey_Space);
        REQUIRE(ui.frames_until([&] { return holds_still(ui); }));
    }
    REQUIRE(failed(ui));
}

bool process_gone(pid_t pid) { return ::kill(pid, 0) == -1 && errno == ESRCH; }

}  // namespace

TEST_CASE("run controls: F7 starts the demo paused — Space steps round-robin until the cycle closes") {
    HeadlessUi ui;
    start_stepping(ui);
    CHECK(contains(ui.frames(1), "Who moves next?"));
    CHECK(contains(ui.text(), "1  MainThread \u2192 begin (its first step)"));
    CHECK(contains(ui.text(), "waiting for you"));
    step_to_deadlock(ui);
    const std::string text = ui.frames(3);
    CHECK(ui.state().session().status().outcome.rfind("deadlock: ", 0) == 0);
    CHECK(contains(text, "deadlock: "));                     // status bar and run controls
    CHECK(contains(text, "mutexA is held by Thread-1"));     // why Thread-2 waits
    CHECK(contains(text, "mutexB is held by Thread-2"));     // why Thread-1 waits
    CHECK(contains(text, "waits: "));
}

TEST_CASE("run controls: clicking a worker's button, or pressing its number, steps exactly that worker") {
    HeadlessUi ui;
    start_stepping(ui);
    ui.frames(1);
    REQUIRE(ui.click(kRunControls, "1  MainThread"));
    REQUIRE(ui.frames_until([&] { return holds_still(ui); }));
    const auto& steps = ui.state().session().schedule().steps;
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].worker == "MainThread");
    ui.press(ImGuiKey_1);
    REQUIRE(ui.frames_until([&] { return holds_still(ui); }));
    CHECK(ui.state().session().schedule().steps.size() == 2);
    ui.press(ImGuiKey_9);  // no worker 9: nothing happens
    ui.frames(3);
    CHECK(ui.state().session().schedule().steps.size() == 2);
}

TEST_CASE("run controls: Ctrl+Z takes the last step back by replaying to the step before") {
    HeadlessUi ui;
    start_stepping(ui);
    for (int i = 0; i < 5; ++i) {
        ui.press(ImGuiKey_F10);
        REQUIRE(ui.frames_until([&] { return holds_still(ui); }));
    }
    const auto before = ui.state().session().schedule().steps;
    REQUIRE(before.size() == 5);
    ui.press(ImGuiMod_Ctrl | ImGuiKey_Z);
    REQUIRE(ui.frames_until([&] { return holds_still(ui) && ui.state().session().schedule().steps.size() == 4; }));
    const auto after = ui.state().session().schedule().steps;
    CHECK(std::equal(after.begin(), after.end(), before.begin()));
    CHECK(ui.state().session().status().state == SessionState::Live);
}

TEST_CASE("run controls: F8 runs to the end — the status bar shows the deadlock in red") {
    HeadlessUi ui;
    start_stepping(ui);
    ui.press(ImGuiKey_F8);
    REQUIRE(ui.frames_until([&] { return failed(ui) && holds_still(ui); }));
    const il::gui::SessionStatus st = ui.state().session().status();
    CHECK(il::gui::outcome_tone(st) == il::gui::Tone::Bad);
    CHECK(contains(ui.frames(2), "STEP  deadlock.two_locks"));
}

TEST_CASE("run controls: Shift+F5 stops the run and its process is gone — Ctrl+R starts it again") {
    HeadlessUi ui;
    start_stepping(ui);
    const pid_t pid = ui.state().session().arena()->header().run_pid.load();
    REQUIRE(pid > 0);
    ui.press(ImGuiMod_Shift | ImGuiKey_F5);
    CHECK(ui.state().session().status().state == SessionState::Stopped);
    CHECK(process_gone(pid));
    CHECK(contains(ui.frames(2), "stopped"));
    ui.press(ImGuiMod_Ctrl | ImGuiKey_R);
    REQUIRE(ui.frames_until([&] { return holds_still(ui); }));
    CHECK(ui.state().session().status().state == SessionState::Live);
    CHECK(ui.state().session().arena()->header().run_pid.load() != pid);
}

TEST_CASE("run controls: closing the window (destroying the UI) leaves no run process behind") {
    pid_t pid = 0;
    {
        HeadlessUi ui;
        start_stepping(ui);
        pid = ui.state().session().arena()->header().run_pid.load();
        REQUIRE(pid > 0);
        REQUIRE_FALSE(process_gone(pid));
    }
    CHECK(process_gone(pid));
}

TEST_CASE("run controls: the Run button in Run controls starts a run that completes, in green") {
    HeadlessUi ui;
    ui.state().select("builtin.counter");
    ui.frames(3);
    REQUIRE(ui.click(kRunControls, "Run"));
    REQUIRE(ui.frames_until([&] { return ui.state().session().status().state == SessionState::Finished; }));
    const il::gui::SessionStatus st = ui.state().session().status();
    CHECK(st.mode == il::core::DirectorMode::Run);
    CHECK(st.outcome == "completed");
    CHECK(il::gui::outcome_tone(st) == il::gui::Tone::Good);
    CHECK(contains(ui.frames(2), "completed"));
}

TEST_CASE("run controls: the speed slider sets slow mode's delay, also for the slow run going") {
    HeadlessUi ui;
    ui.state().select(kTwoLocks);
    ui.frames(2);
    ui.press(ImGuiKey_F6);
    REQUIRE(ui.state().session().status().state == SessionState::Live);
    CHECK(ui.state().session().arena()->header().slow_delay_us.load() == il::gui::kDefaultSlowDelayUs);
    ui.frames(1);
    REQUIRE(ui.click(kRunControls, "##slow_delay", 0.999f));  // the right end: the longest pause
    CHECK(ui.state().controls().slow_delay_us == il::gui::kMaxSlowDelayUs);
    CHECK(ui.state().session().arena()->header().slow_delay_us.load() == il::gui::kMaxSlowDelayUs);
}

TEST_CASE("files: save the run (Ctrl+S), open it again (Ctrl+O): the panels show it without a re-run") {
    TempDir dir("files");
    const std::string path = (dir.path / "two_locks.iltrace").string();
    HeadlessUi ui;
    start_stepping(ui);
    step_to_deadlock(ui);
    ui.frames(3);
    const uint64_t events = ui.state().session().status().events;
    ui.press(ImGuiMod_Ctrl | ImGuiKey_S);
    CHECK(contains(ui.frames(2), "Save run"));
    ui.type_and_enter(path);
    REQUIRE(fs::exists(path));
    CHECK(ui.state().controls().notice == "Saved " + path);

    ui.press(ImGuiMod_Shift | ImGuiKey_F5);
    ui.press(ImGuiMod_Ctrl | ImGuiKey_O);
    ui.frames(2);
    ui.type_and_enter(path);
    const il::gui::SessionStatus st = ui.state().session().status();
    REQUIRE(st.state == SessionState::Loaded);
    CHECK(st.demo_id == kTwoLocks);
    CHECK(st.events == events);
    CHECK(ui.state().session().arena() == nullptr);  // nothing runs
    CHECK(ui.state().session().describe_cycle().find("mutexA") != std::string::npos);
    CHECK(contains(ui.frames(2), "Opened: step run"));
    CHECK(ui.state().controls().recent_paths.front() == path);
}

TEST_CASE("files: a bad file gives an error modal, and the window goes on") {
    TempDir dir("bad");
    const std::string path = (dir.path / "garbage.iltrace").string();
    std::ofstream(path) << "this is not a trace";
    HeadlessUi ui;
    ui.frames(2);  // shortcuts are routed from the second frame on
    ui.press(ImGuiMod_Ctrl | ImGuiKey_O);
    ui.frames(2);
    ui.type_and_enter(path);
    const std::string text = ui.frames(2);
    REQUIRE(ui.state().controls().error);
    CHECK(ui.state().controls().error->title == "Could not open the run");  // the modal's title bar
    CHECK(contains(text, "not an Interleave trace file"));                  // its text
    ui.press(ImGuiKey_Enter);  // OK
    ui.frames(2);
    CHECK_FALSE(ui.state().controls().error);
    CHECK(ui.state().session().status().state == SessionState::Empty);
}

TEST_CASE("files: save the schedule of a deadlock, replay it: the same steps, the same deadlock") {
    TempDir dir("replay");
    const std::string path = (dir.path / "two_locks.schedule").string();
    HeadlessUi ui;
    start_stepping(ui);
    step_to_deadlock(ui);
    const auto steps = ui.state().session().schedule().steps;
    ui.press(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_S);
    ui.frames(2);
    ui.type_and_enter(path);
    REQUIRE(fs::exists(path));

    ui.press(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_O);
    ui.frames(2);
    ui.type_and_enter(path);
    REQUIRE(ui.state().session().status().mode == il::core::DirectorMode::Replay);
    REQUIRE(ui.frames_until([&] { return failed(ui) && holds_still(ui); }));
    CHECK(ui.state().session().schedule().steps == steps);
    CHECK(ui.state().session().status().outcome.rfind("deadlock: ", 0) == 0);
}

TEST_CASE("help: F1 shows every shortcut — Escape closes it") {
    HeadlessUi ui;
    ui.frames(2);
    ui.press(ImGuiKey_F1);
    const std::string text = ui.frames(2);
    for (const char* expected : {"Keyboard shortcuts", "Shift+F5", "Ctrl+Z", "F10 / Space", "1 \u2026 9", "Ctrl+S",
                                 "Ctrl+="})
        CHECK_MESSAGE(contains(text, expected), expected);
    ui.press(ImGuiKey_Escape);
    CHECK_FALSE(contains(ui.frames(2), "F10 / Space"));
}

TEST_CASE("look: Ctrl+P toggles the presentation size, Ctrl+= and Ctrl+- step it") {
    HeadlessUi ui;
    ui.frames(2);
    ui.press(ImGuiMod_Ctrl | ImGuiKey_P);
    ui.frames(1);
    CHECK(il::gui::user_scale() == doctest::Approx(il::gui::kPresentationScale));
    ui.press(ImGuiMod_Ctrl | ImGuiKey_Equal);
    ui.frames(1);
    CHECK(il::gui::user_scale() == doctest::Approx(1.75f));
    ui.press(ImGuiMod_Ctrl | ImGuiKey_P);  // back to normal …
    ui.frames(1);
    CHECK(il::gui::user_scale() == doctest::Approx(1.0f));
    ui.press(ImGuiMod_Ctrl | ImGuiKey_P);  // … and to the size last used for presenting
    ui.frames(3);
    CHECK(il::gui::user_scale() == doctest::Approx(1.75f));
    ui.press(ImGuiMod_Ctrl | ImGuiKey_Minus);
    ui.frames(1);
    CHECK(il::gui::user_scale() == doctest::Approx(1.5f));
    il::gui::set_user_scale(1.0f);
    il::gui::apply_style();
}

TEST_CASE("staging: --mode step --steps N steps the demo at launch until the cycle closes") {
    il::gui::AppUiOptions options;
    options.stage = il::gui::StageRequest{kTwoLocks, il::core::DirectorMode::Step, {"pause=0"}, {}, 200, false, {}, {}, {}};
    HeadlessUi ui(ImVec2(1280, 800), options);
    REQUIRE(ui.frames_until([&] { return ui.app().scene_settled(); }));
    CHECK(failed(ui));
    CHECK(ui.state().selected_id() == kTwoLocks);
    CHECK(ui.state().session().status().outcome.rfind("deadlock: ", 0) == 0);
    CHECK(il::gui::state_dump(ui.state().session()).find("outcome: deadlock: ") != std::string::npos);
}

TEST_CASE("run controls: switching the language mid-run rewords every panel, the outcome included, and keeps the run") {
    HeadlessUi ui;
    start_stepping(ui);
    step_to_deadlock(ui);
    const pid_t pid = ui.state().session().arena()->header().run_pid.load();
    const std::string english = ui.frames(2);
    CHECK(contains(english, "deadlock: Thread-1 waits for mutexB held by Thread-2"));
    il::i18n::set_language(il::i18n::Lang::ZhCN);
    const std::string chinese = ui.frames(2);
    const std::string outcome = ui.state().session().status().outcome;  // decided before the switch
    il::i18n::set_language(il::i18n::Lang::En);
    CHECK(contains(chinese, "死锁：Thread-1 等待 mutexB（由 Thread-2 持有）"));
    CHECK(outcome.find("死锁") == 0);
    CHECK(contains(chinese, "由 Thread-1 持有"));                      // the Inspector
    CHECK_FALSE(contains(chinese, "waits for mutexB"));
    // The same run, still parked at its cycle: nothing was restarted.
    CHECK(ui.state().session().status().state == SessionState::Live);
    CHECK(ui.state().session().arena()->header().run_pid.load() == pid);
    CHECK(contains(ui.frames(2), "deadlock: Thread-1 waits for mutexB held by Thread-2"));
}
