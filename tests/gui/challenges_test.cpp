// tests/gui/challenges_test.cpp — challenges in the window, over real runs:
// the list, predict first, playing in step mode, the verdict judged by the
// run itself, par from explore mode, a teacher's own (and broken) files.
#include <doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "app/gui/shell/panels.hpp"
#include "core/common/i18n.hpp"
#include "headless_ui.hpp"
#include "imgui_internal.h"

using il::test::contains;
using il::test::HeadlessUi;
namespace fs = std::filesystem;

namespace {

il::gui::ChallengePlay& play(HeadlessUi& ui) { return ui.state().challenges(); }

// Selects the shipped challenge with this id.
const il::core::Challenge& select(HeadlessUi& ui, const std::string& id) {
    play(ui).ensure_loaded();
    const auto& list = play(ui).list();
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i].id == id) play(ui).select(i);
    REQUIRE(play(ui).selected() != nullptr);
    REQUIRE(play(ui).selected()->id == id);
    return *play(ui).selected();
}

bool judged(HeadlessUi& ui, const std::string& id) {
    const il::gui::ChallengeEntry* e = play(ui).find_entry(id);
    return e != nullptr && (e->last.has_value() || !e->last_error.empty());
}

struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name) : path(fs::temp_directory_path() / (name + std::to_string(::getpid()))) {
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("challenges: the shipped ones are listed, Play waits for the prediction, and a solution is judged a pass by the run") {
    HeadlessUi ui(ImVec2(1280, 1400));  // tall: the question's choices in view without scrolling
    const il::core::Challenge& c = select(ui, "lose-one-update");
    ui.press(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_G);  // nothing: that opens a file dialog, Play needs the answer
    CHECK_FALSE(il::gui::command_enabled(ui.state(), il::gui::Command::PlayChallenge));
    play(ui).show_panel = true;
    const std::string listed = ui.frames(4);
    CHECK(contains(listed, "Lose one update"));
    CHECK(contains(listed, "Close the two-lock deadlock"));
    CHECK(contains(listed, "Without a lock, what can counter be at the end?"));
    REQUIRE(ui.click(il::gui::panel_title::kChallenges, "1 or 2"));
    CHECK(play(ui).entry(c.id).predicted == "1 or 2");
    REQUIRE(il::gui::command_enabled(ui.state(), il::gui::Command::PlayChallenge));
    // A solution, found by explore mode within the challenge's limits, followed step by step.
    const il::core::ExploreResult par = il::core::solve(c, 1);
    REQUIRE(par.verdict == il::core::ExploreVerdict::Found);
    REQUIRE(il::gui::play_challenge(ui.state(), &par.schedule));
    CHECK(play(ui).playing() == c.id);
    il::gui::RunSession& s = ui.state().session();
    for (size_t i = 0; i < par.schedule.steps.size() + 5 && !judged(ui, c.id); ++i) {
        ui.frames_until([&] { return s.plan_choice().has_value() || judged(ui, c.id); });
        s.step_plan();
    }
    REQUIRE(ui.frames_until([&] { return judged(ui, c.id); }));
    const il::gui::ChallengeEntry& e = play(ui).entry(c.id);
    REQUIRE(e.last.has_value());
    CHECK(e.last->pass);
    CHECK(e.solved);
    CHECK(e.best_preemptions == 1);
    CHECK(e.best_steps == par.schedule.steps.size());
    CHECK(contains(ui.frames(2), "Goal reached: counter (1) == 1 holds"));
    CHECK(contains(ui.frames(1), "Your answer: 1 or 2, right."));
    // Remembered: the settings line holds it, and reads back.
    CHECK(contains(play(ui).progress_text(), "lose-one-update:1:"));
    il::gui::ChallengePlay fresh;
    fresh.load_progress(play(ui).progress_text() + ",garbage,:1:2,x:y:z");
    REQUIRE(fresh.find_entry("lose-one-update") != nullptr);
    CHECK(fresh.find_entry("lose-one-update")->solved);
    CHECK(fresh.find_entry("x") == nullptr);
}

TEST_CASE("challenges: an attempt that misses the goal is judged a fail with the reason") {
    HeadlessUi ui;
    const il::core::Challenge& c = select(ui, "lose-one-update");
    play(ui).entry(c.id).predicted = "only 2";
    il::gui::execute(ui.state(), il::gui::Command::PlayChallenge);
    il::gui::RunSession& s = ui.state().session();
    REQUIRE(s.status().mode == il::core::DirectorMode::Step);
    // The worker that moved last goes on while it can (no preemption): one thread after the other, no update lost.
    int last = -1;
    for (int i = 0; i < 200 && !judged(ui, c.id); ++i) {
        ui.frames_until([&] { return (s.step_view().quiescent && !s.step_view().choices.empty()) || judged(ui, c.id); });
        const auto& choices = s.step_view().choices;
        if (choices.empty()) continue;
        // As explore's default: the last worker if it can go on, else the next one in turn.
        il::core::Choice pick = choices.front();
        bool next_found = false;
        for (const il::core::Choice& ch : choices)
            if (!next_found && ch.worker > last) pick = ch, next_found = true;
        for (const il::core::Choice& ch : choices)
            if (ch.worker == last) pick = ch;
        last = pick.worker;
        s.step(pick.worker, pick.grant == il::core::Grant::TimeOut);
    }
    REQUIRE(ui.frames_until([&] { return judged(ui, c.id); }));
    const il::gui::ChallengeEntry& e = play(ui).entry(c.id);
    REQUIRE(e.last.has_value());
    CHECK_FALSE(e.last->pass);
    CHECK_FALSE(e.solved);
    play(ui).show_panel = true;
    const std::string shown = ui.frames(4);
    CHECK(contains(shown, "Not yet: the goal was not reached (end with counter == 1)"));
    CHECK(contains(shown, "Your answer: only 2; the answer: 1 or 2."));
}

TEST_CASE("challenges: par comes from explore mode, and an impossible one is proved impossible") {
    HeadlessUi ui;
    const il::core::Challenge& c = select(ui, "mutex-cannot-lose");
    CHECK_FALSE(c.solvable);
    il::gui::seek_par(ui.state());
    REQUIRE(ui.frames_until([&] { return play(ui).entry(c.id).par.has_value(); }, std::chrono::seconds(60)));
    CHECK(play(ui).entry(c.id).par->verdict == il::core::ExploreVerdict::None);
    play(ui).show_panel = true;
    CHECK(contains(ui.frames(4), "That is the lesson: the program is fixed"));
    const il::core::Challenge& d = select(ui, "two-lock-deadlock");
    il::gui::seek_par(ui.state());
    REQUIRE(ui.frames_until([&] { return play(ui).entry(d.id).par.has_value(); }, std::chrono::seconds(60)));
    CHECK(play(ui).entry(d.id).par->verdict == il::core::ExploreVerdict::Found);
    CHECK(contains(ui.frames(2), "Par: "));
}

TEST_CASE("challenges: a teacher's file is listed and selected, a broken one is refused with its line") {
    HeadlessUi ui;
    TempDir dir("il_gui_challenge_");
    const fs::path good = dir.path / "mine.toml";
    std::ofstream(good) << "format = 1\nid = \"my-deadlock\"\ntitle = { en = \"My deadlock\", zh = \"我的死锁\" }\n"
                           "target = \"deadlock.two_locks\"\nparams = [\"pause=0\"]\ngoal = { kind = \"deadlock\" }\n";
    il::gui::complete_with_path(ui.state(), il::gui::Command::OpenChallenge, good.string());
    CHECK_FALSE(ui.state().controls().error.has_value());
    REQUIRE(play(ui).selected() != nullptr);
    CHECK(play(ui).selected()->id == "my-deadlock");
    CHECK(contains(ui.frames(4), "My deadlock"));  // the panel came to the front
    // … and its target is selected: Source shows the program before Play.
    REQUIRE(ui.state().selected() != nullptr);
    CHECK(ui.state().selected()->id == "deadlock.two_locks");
    il::i18n::set_language(il::i18n::Lang::ZhCN);
    const std::string chinese = ui.frames(2);
    il::i18n::set_language(il::i18n::Lang::En);
    CHECK(contains(chinese, "我的死锁"));
    CHECK(contains(chinese, "目标：形成死锁"));
    // No question to answer: Play starts at once.
    il::gui::execute(ui.state(), il::gui::Command::PlayChallenge);
    CHECK(ui.state().session().config().demo_id == "deadlock.two_locks");
    const fs::path bad = dir.path / "bad.toml";
    std::ofstream(bad) << "format = 1\nid = \"x\"\ntitle = { en = \"X\" }\ntarget = \"deadlock.two_locks\"\ngoal = { kind = \"deadlok\" }\n";
    il::gui::complete_with_path(ui.state(), il::gui::Command::OpenChallenge, bad.string());
    REQUIRE(ui.state().controls().error.has_value());
    CHECK(ui.state().controls().error->title == "Could not open the challenge");
    CHECK(contains(ui.state().controls().error->detail, bad.string() + ":5:"));
    CHECK(play(ui).selected()->id == "my-deadlock");  // nothing lost
}

TEST_CASE("challenges: following a schedule Find a bug found is not playing the challenge") {
    HeadlessUi ui;
    const il::core::Challenge& c = select(ui, "lose-one-update");
    play(ui).entry(c.id).predicted = "1 or 2";
    REQUIRE(il::gui::play_challenge(ui.state()));
    CHECK(play(ui).playing() == c.id);
    ui.state().find_bug().expect = "counter == expected";
    il::gui::execute(ui.state(), il::gui::Command::FindBug);
    REQUIRE(ui.frames_until([&] { return ui.state().find_bug().result.has_value(); }, std::chrono::seconds(60)));
    REQUIRE(ui.state().session().plan() != nullptr);
    ui.frames(2);
    CHECK(play(ui).playing().empty());
}

TEST_CASE("challenges: a verdict just in is scrolled into view when the intro and the question fill a short panel") {
    HeadlessUi ui(ImVec2(1280, 560));
    const il::core::Challenge& c = select(ui, "lose-one-update");
    play(ui).show_panel = true;
    ui.frames(4);
    play(ui).entry(c.id).predicted = "1 or 2";  // answered (clicking it is the test above)
    ui.frames(2);
    const ImGuiWindow* panel = ImGui::FindWindowByName(il::gui::panel_title::kChallenges);
    REQUIRE(panel != nullptr);
    const float before = panel->Scroll.y;
    const il::core::ExploreResult par = il::core::solve(c, 1);
    REQUIRE(par.verdict == il::core::ExploreVerdict::Found);
    const bool started = il::gui::play_challenge(ui.state(), &par.schedule);
    REQUIRE_MESSAGE(started, (ui.state().controls().error ? ui.state().controls().error->detail : std::string()));
    il::gui::RunSession& s = ui.state().session();
    for (size_t i = 0; i < par.schedule.steps.size() + 5 && !judged(ui, c.id); ++i) {
        ui.frames_until([&] { return s.plan_choice().has_value() || judged(ui, c.id); });
        s.step_plan();
    }
    REQUIRE(ui.frames_until([&] { return judged(ui, c.id); }));
    ui.frames(3);
    CHECK(panel->Scroll.y > before);  // moved down to "Your attempt"
    CHECK_FALSE(play(ui).entry(c.id).show_verdict);  // once: the learner may scroll back up
}
