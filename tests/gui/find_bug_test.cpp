// tests/gui/find_bug_test.cpp — "Find a bug" in the window, over real
// searches: the frame (AppUi) on ImGui's null backend, driven with keys and
// clicks; explore runs its schedules in run processes this binary hosts.
#include <doctest.h>

#include <dirent.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "app/gui/shell/panels.hpp"
#include "core/common/i18n.hpp"
#include "headless_ui.hpp"

using il::gui::SessionState;
using il::test::contains;
using il::test::HeadlessUi;

namespace {

constexpr const char* kExplore = il::gui::panel_title::kExplore;

// Processes whose parent is this test: run processes left behind.
int children_left() {
    int n = 0;
    DIR* d = opendir("/proc");
    if (d == nullptr) return -1;
    while (const dirent* e = readdir(d)) {
        std::ifstream stat(std::string("/proc/") + e->d_name + "/stat");
        std::string line;
        if (!std::getline(stat, line)) continue;
        const size_t close = line.rfind(')');  // the name may hold spaces
        if (close == std::string::npos) continue;
        char state = 0;
        int ppid = 0;
        if (std::sscanf(line.c_str() + close + 1, " %c %d", &state, &ppid) == 2 && ppid == ::getpid()) ++n;
    }
    closedir(d);
    return n;
}

const il::gui::FindBug& find_bug(HeadlessUi& ui) { return ui.state().find_bug(); }

// Selects the counter with one iteration each, and what must hold at its end.
void select_counter(HeadlessUi& ui) {
    ui.state().select("builtin.counter");
    const il::core::DemoInfo* demo = ui.state().selected();
    REQUIRE(demo != nullptr);
    REQUIRE(ui.state().params_for(*demo).set(demo->params, "iterations=1").empty());
    ui.state().find_bug().expect = "counter == expected";
}

bool can_follow(HeadlessUi& ui) { return ui.state().session().plan_choice().has_value(); }

bool run_over(HeadlessUi& ui) {
    const il::gui::RunSession& s = ui.state().session();
    return s.status().state != SessionState::Live || s.step_view().status != il::core::StepStatus::Running;
}

std::string result(const il::gui::RunSession& s, const std::string& key) {
    for (const auto& r : s.store().results())
        if (r.key == key) return r.value;
    return "(none)";
}

}  // namespace

TEST_CASE("find a bug: Ctrl+F searches in the background, the lost update opens in step mode, and F9 walks it to the end") {
    HeadlessUi ui;
    select_counter(ui);
    ui.frames(2);
    ui.press(ImGuiMod_Ctrl | ImGuiKey_F);
    REQUIRE(ui.frames_until([&] { return find_bug(ui).result.has_value(); }, std::chrono::seconds(60)));
    const il::core::ExploreResult& r = *find_bug(ui).result;
    REQUIRE_MESSAGE(r.verdict == il::core::ExploreVerdict::Found, r.error);
    CHECK(r.preemptions == 1);
    // The schedule found is open, in step mode, ready to follow from its first step.
    il::gui::RunSession& s = ui.state().session();
    REQUIRE(s.plan() != nullptr);
    CHECK(s.plan()->steps == r.schedule.steps);
    CHECK(s.status().mode == il::core::DirectorMode::Step);
    CHECK(s.on_plan());
    REQUIRE(ui.frames_until([&] { return can_follow(ui); }));
    const std::string shown = ui.frames(2);
    CHECK(contains(shown, "Bug found with 1 preemption: counter (1) == expected (2) does not hold"));
    CHECK(contains(shown, "What happened"));
    CHECK(contains(shown, "reads counter (0)"));
    CHECK(contains(shown, "the found schedule's next step (F9)"));  // Run controls mark the worker it grants
    // F9, step after step: the run follows the schedule to the lost update.
    size_t presses = 0;
    while (!run_over(ui) && presses <= r.schedule.steps.size()) {
        REQUIRE(ui.frames_until([&] { return can_follow(ui) || run_over(ui); }));
        if (run_over(ui)) break;
        ui.press(ImGuiKey_F9);
        ++presses;
    }
    REQUIRE(ui.frames_until([&] { return run_over(ui); }));
    CHECK(presses == r.schedule.steps.size());
    CHECK(s.on_plan());
    CHECK(result(s, "counter") == "1");
    // Every turn of the story is marked as told.
    CHECK_FALSE(contains(ui.frames(3), "2. "));
}

TEST_CASE("find a bug: stepping off the found schedule says so, and Undo brings the run back onto it") {
    HeadlessUi ui;
    select_counter(ui);
    il::gui::execute(ui.state(), il::gui::Command::FindBug);
    REQUIRE(ui.frames_until([&] { return find_bug(ui).result.has_value() && can_follow(ui); }, std::chrono::seconds(60)));
    il::gui::RunSession& s = ui.state().session();
    // Follow the schedule until it grants a worker other than round-robin's next, then step another one.
    for (int i = 0; i < 200 && s.on_plan(); ++i) {
        REQUIRE(ui.frames_until([&] { return can_follow(ui) || run_over(ui); }));
        REQUIRE_FALSE(run_over(ui));
        const il::core::Choice planned = *s.plan_choice();
        const std::vector<il::core::Choice> choices = s.step_view().choices;
        const auto other = std::find_if(choices.begin(), choices.end(), [&](const auto& c) { return c.worker != planned.worker; });
        if (other == choices.end()) {
            s.step_plan();
            continue;
        }
        s.step(other->worker, other->grant == il::core::Grant::TimeOut);
        break;
    }
    REQUIRE(ui.frames_until([&] { return !s.on_plan(); }));
    CHECK(s.plan_left());
    CHECK_FALSE(il::gui::command_enabled(ui.state(), il::gui::Command::StepPlan));
    CHECK(contains(ui.frames(3), "You left the found schedule"));
    ui.press(ImGuiMod_Ctrl | ImGuiKey_Z);
    REQUIRE(ui.frames_until([&] { return can_follow(ui); }));
    CHECK(s.on_plan());
    CHECK_FALSE(contains(ui.frames(3), "You left the found schedule"));
}

TEST_CASE("find a bug: Cancel ends a long search at once, says how far it got, and leaves no run process behind") {
    HeadlessUi ui;
    ui.state().select("deadlock.philosophers_waiter");  // five philosophers and a waiter: tens of thousands of schedules
    ui.state().find_bug().max_preemptions = 3;
    il::gui::execute(ui.state(), il::gui::Command::FindBug);
    REQUIRE(ui.frames_until([&] { return find_bug(ui).job.progress().runs >= 3; }, std::chrono::seconds(60)));
    CHECK(contains(ui.frames(1), "schedules · up to"));  // under the progress bar
    CHECK_FALSE(il::gui::command_enabled(ui.state(), il::gui::Command::FindBug));  // one search at a time
    REQUIRE(ui.click(kExplore, "Cancel search"));
    REQUIRE(ui.frames_until([&] { return find_bug(ui).result.has_value(); }, std::chrono::seconds(10)));
    const il::core::ExploreResult& r = *find_bug(ui).result;
    CHECK(r.verdict == il::core::ExploreVerdict::OutOfBudget);
    CHECK(r.cancelled);
    CHECK(contains(ui.frames(2), "Cancelled before a bug was found: "));
    CHECK(ui.state().session().plan() == nullptr);
    CHECK(children_left() == 0);
}

TEST_CASE("find a bug: none in a fixed demo is a result with its bound, and a condition that does not parse is refused") {
    HeadlessUi ui;
    ui.state().select("builtin.counter");
    const il::core::DemoInfo* demo = ui.state().selected();
    REQUIRE(demo != nullptr);
    il::core::Params& params = ui.state().params_for(*demo);
    REQUIRE(params.set(demo->params, "iterations=1").empty());
    REQUIRE(params.set(demo->params, "use_lock=true").empty());
    ui.state().find_bug().expect = "counter ==";
    il::gui::execute(ui.state(), il::gui::Command::FindBug);
    REQUIRE(ui.state().controls().error.has_value());
    CHECK(ui.state().controls().error->title == "Could not start the search");
    CHECK_FALSE(find_bug(ui).job.running());
    ui.state().controls().error.reset();
    ui.state().find_bug().expect = "counter == expected";
    ui.state().find_bug().max_preemptions = 1;
    il::gui::execute(ui.state(), il::gui::Command::FindBug);
    REQUIRE(ui.frames_until([&] { return find_bug(ui).result.has_value(); }, std::chrono::seconds(60)));
    CHECK(find_bug(ui).result->verdict == il::core::ExploreVerdict::None);
    CHECK(contains(ui.frames(2), "No bug in every schedule with up to 1 preemptions"));
    CHECK(ui.state().session().status().state == SessionState::Empty);  // nothing to follow
}

TEST_CASE("find a bug: --find-bug --steps N stages the two-lock deadlock, followed to its cycle") {
    il::gui::AppUiOptions options;
    options.stage = il::gui::StageRequest{"deadlock.two_locks", il::core::DirectorMode::Step, {"pause=0"}, {}, 1000, true, {}, {}, {}};
    HeadlessUi ui(ImVec2(1280, 800), options);
    REQUIRE(ui.frames_until([&] { return ui.app().scene_settled(); }, std::chrono::seconds(60)));
    const il::gui::RunSession& s = ui.state().session();
    REQUIRE(s.plan() != nullptr);
    CHECK(s.on_plan());
    CHECK(s.schedule_steps() == s.plan()->steps.size());
    CHECK(s.status().outcome.rfind("deadlock: ", 0) == 0);
    // Every turn of the story is ticked, the wait that closed the cycle too (recorded after the last step).
    const std::string shown = ui.frames(3);
    size_t ticks = 0;
    for (size_t at = shown.find("✓"); at != std::string::npos; at = shown.find("✓", at + 1)) ++ticks;
    REQUIRE(ui.state().find_bug().result.has_value());
    CHECK(ticks == ui.state().find_bug().result->turns.size());
    il::i18n::set_language(il::i18n::Lang::ZhCN);
    const std::string chinese = ui.frames(2);
    il::i18n::set_language(il::i18n::Lang::En);
    CHECK(contains(chinese, "找错误"));
}

TEST_CASE("find a bug: with random schedules on, a bug past the bound is found by PCT, shrunk, and followed like any other") {
    HeadlessUi ui;
    ui.state().select("builtin.counter");
    const il::core::DemoInfo* demo = ui.state().selected();
    REQUIRE(demo != nullptr);
    REQUIRE(ui.state().params_for(*demo).set(demo->params, "iterations=3").empty());
    il::gui::FindBug& fb = ui.state().find_bug();
    fb.expect = "counter == expected";
    fb.max_preemptions = 0;  // the bound cannot find it
    fb.random = true;
    il::gui::execute(ui.state(), il::gui::Command::FindBug);
    REQUIRE(ui.frames_until([&] { return fb.result.has_value(); }, std::chrono::seconds(60)));
    REQUIRE(fb.result->verdict == il::core::ExploreVerdict::Found);
    CHECK(fb.result->found_seed.has_value());
    CHECK(ui.state().session().plan() != nullptr);
    CHECK(contains(ui.frames(3), "Found by a random schedule (PCT, seed "));
}
