// tests/gui/step_internals_test.cpp — step mode that teaches: a pool's own
// threads (its task, result and worker handlers) step by themselves, so the
// learner's choices are MainThread and the pool's workers only; their steps are
// recorded, so the schedule replays exactly and Undo takes back the learner's
// step with the internal steps that followed it; "Show internals" gives the
// learner every thread again.
#include <doctest.h>

#include <string>

#include "headless_ui.hpp"

using il::gui::Command;
using il::test::HeadlessUi;

namespace {

bool holds_still(HeadlessUi& ui) {
    const il::gui::StepView& v = ui.state().session().step_view();
    return v.quiescent && !v.automatic;
}

bool live(HeadlessUi& ui) { return ui.state().session().status().state == il::gui::SessionState::Live; }

bool internal(HeadlessUi& ui, uint16_t worker) {
    return (ui.state().session().store().worker(worker).flags & il::core::kWorkerInternal) != 0;
}

// Steps with Step any until the run ends; returns the learner's grants.
int step_to_end(HeadlessUi& ui, bool expect_internals_offered) {
    int grants = 0;
    while (live(ui) && grants < 2000) {
        REQUIRE(ui.frames_until([&] { return holds_still(ui) || !live(ui); }));
        if (!live(ui) || ui.state().session().step_view().status != il::core::StepStatus::Running) break;
        bool offered = false;
        for (const il::core::Choice& c : ui.state().session().step_view().choices) offered |= internal(ui, c.worker);
        if (!expect_internals_offered) CHECK_FALSE(offered);
        il::gui::execute(ui.state(), Command::StepAny);
        ++grants;
    }
    ui.frames_until([&] { return !live(ui); });
    return grants;
}

void start(HeadlessUi& ui) {
    ui.state().select("pool.apply_vs_async");
    const il::core::DemoInfo& demo = *ui.state().selected();
    for (const char* p : {"tasks=4", "processes=2", "task_ms=0"})
        REQUIRE(ui.state().params_for(demo).set(demo.params, p).empty());
    il::gui::execute(ui.state(), Command::Step);
}

}  // namespace

TEST_CASE("step internals: a pool's handler threads step by themselves, so the learner chooses among the lesson's workers only") {
    HeadlessUi ui(ImVec2(1280, 720));
    start(ui);
    const int learner = step_to_end(ui, false);
    CHECK(ui.state().session().status().outcome == "completed");
    const uint64_t all = ui.state().session().schedule_steps();
    CHECK(ui.state().session().has_internals());
    MESSAGE("learner grants " << learner << " of " << all << " steps");
    CHECK(learner < static_cast<int>(all));  // the rest the handlers took by themselves
    CHECK(learner <= 70);

    // The recorded schedule, internal steps included, replays to the same end.
    const il::core::Schedule schedule = ui.state().session().schedule();
    il::gui::SessionConfig replay = ui.state().session().config();
    replay.mode = il::core::DirectorMode::Replay;
    replay.schedule = schedule;
    ui.state().session().start(replay);
    REQUIRE(ui.frames_until([&] { return !live(ui) || holds_still(ui); }));
    ui.frames_until([&] { return !live(ui); });
    CHECK(ui.state().session().status().outcome == "completed");
    CHECK(ui.state().session().schedule_steps() == all);
}

TEST_CASE("step internals: with Show internals on, the learner steps the handler threads too") {
    HeadlessUi ui(ImVec2(1280, 720));
    ui.state().controls().show_internals = true;
    start(ui);
    const int learner = step_to_end(ui, true);
    CHECK(ui.state().session().status().outcome == "completed");
    CHECK(static_cast<uint64_t>(learner) == ui.state().session().schedule_steps());
}

TEST_CASE("step internals: Undo takes back the learner's step and the internal steps that followed it") {
    HeadlessUi ui(ImVec2(1280, 720));
    start(ui);
    // Step until a learner grant is followed by internal steps.
    uint64_t before = 0, after = 0;
    for (int i = 0; i < 200 && live(ui); ++i) {
        REQUIRE(ui.frames_until([&] { return holds_still(ui) || !live(ui); }));
        before = ui.state().session().schedule_steps();
        il::gui::execute(ui.state(), Command::StepAny);
        REQUIRE(ui.frames_until([&] { return holds_still(ui) || !live(ui); }));
        after = ui.state().session().schedule_steps();
        if (after > before + 1) break;
    }
    REQUIRE(after > before + 1);
    il::gui::execute(ui.state(), Command::Undo);
    REQUIRE(ui.frames_until([&] { return holds_still(ui) && ui.state().session().schedule_steps() <= before; }));
    CHECK(ui.state().session().schedule_steps() == before);
    ui.state().session().stop();
}
