// tests/gui/controls_test.cpp — the pure parts of the run controls: command
// texts, when commands apply with no run, text sizes, recent paths, the status
// bar's words, and the file dialog's folder listing. Real runs are driven in
// run_controls_test.cpp.
#include <doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "app/gui/shell/controls.hpp"
#include "app/gui/shell/file_dialog.hpp"
#include "app/gui/shell/status_bar.hpp"
#include "app/gui/session/status_text.hpp"
#include "app/gui/shell/ui_state.hpp"

using il::gui::Command;
using il::gui::SessionState;
using il::gui::SessionStatus;
using il::gui::Tone;

namespace {

constexpr auto kCommandCount = static_cast<int>(Command::Count);

Command command(int i) { return static_cast<Command>(i); }

}  // namespace

TEST_CASE("controls: every command has a label and a one-sentence help") {
    for (int i = 0; i < kCommandCount; ++i) {
        CAPTURE(i);
        CHECK_FALSE(il::gui::command_label(command(i)).empty());
        CHECK(il::gui::command_help(command(i)).ends_with("."));
    }
}

TEST_CASE("controls: with no run, only starting, opening, help and the window commands apply — and say why") {
    il::gui::UiState state;  // no demo selected, no run
    for (Command c : {Command::Stop, Command::Restart, Command::StepAny, Command::RunToEnd, Command::Undo,
                      Command::SaveRun, Command::ExportChrome, Command::SaveSchedule, Command::Run}) {
        CAPTURE(il::gui::command_label(c));
        CHECK_FALSE(il::gui::command_enabled(state, c));
        CHECK_FALSE(il::gui::why_disabled(state, c).empty());
    }
    CHECK_FALSE(il::gui::command_enabled(state, Command::StepWorker, 1));
    for (Command c : {Command::OpenRun, Command::Help, Command::LargerText, Command::PresentationSize, Command::Quit})
        CHECK(il::gui::command_enabled(state, c));
}

TEST_CASE("controls: commands that need the window are queued for it — disabled ones do nothing") {
    il::gui::UiState state;
    il::gui::execute(state, Command::OpenRun);
    il::gui::execute(state, Command::Help);
    il::gui::execute(state, Command::SaveRun);  // no run: not enabled, not queued
    REQUIRE(state.controls().requests.size() == 2);
    CHECK(state.controls().requests[0].command == Command::OpenRun);
    CHECK(state.controls().requests[1].command == Command::Help);
    il::gui::execute(state, Command::Stop);  // nothing to stop: no error either
    CHECK_FALSE(state.controls().error);
}

TEST_CASE("controls: a file that cannot be opened becomes an error message, not an exception") {
    il::gui::UiState state;
    CHECK_NOTHROW(il::gui::complete_with_path(state, Command::OpenRun, "/nonexistent/run.iltrace"));
    REQUIRE(state.controls().error);
    CHECK(state.controls().error->title == "Could not open the run");
    CHECK(state.controls().error->detail.find("/nonexistent/run.iltrace") != std::string::npos);
    CHECK(state.session().status().state == SessionState::Empty);  // the session is untouched
    CHECK(state.controls().recent_paths.empty());
}

TEST_CASE("controls: a dropped file opens by its kind — another kind, or a program that cannot be read, says why") {
    il::gui::UiState state;
    il::gui::open_dropped_file(state, "/tmp/notes.txt");
    REQUIRE(state.controls().error);
    CHECK(state.controls().error->title == "Could not open the dropped file");
    CHECK(state.controls().error->detail.find(".py") != std::string::npos);
    state.controls().error.reset();
    il::gui::open_dropped_file(state, "/nonexistent/lesson.py");  // routed to Open Python program
    REQUIRE(state.controls().error);
    CHECK(state.controls().error->title == "Could not open the program");
    il::gui::open_dropped_file(state, "/nonexistent/run.iltrace");  // routed to Open run
    REQUIRE(state.controls().error);
    CHECK(state.controls().error->title == "Could not open the run");
    CHECK(state.session().status().state == SessionState::Empty);
}

TEST_CASE("controls: text sizes step through the list and stop at its ends") {
    CHECK(il::gui::next_text_scale(1.0f, +1) == doctest::Approx(1.15f));
    CHECK(il::gui::next_text_scale(1.0f, -1) == doctest::Approx(0.9f));
    CHECK(il::gui::next_text_scale(3.0f, +1) == doctest::Approx(3.0f));
    CHECK(il::gui::next_text_scale(0.8f, -1) == doctest::Approx(0.8f));
    CHECK(il::gui::next_text_scale(1.2f, +1) == doctest::Approx(1.3f));  // from between two steps
}

TEST_CASE("controls: recent paths are most recent first, without duplicates, and bounded") {
    il::gui::ControlState c;
    c.remember_path("a");
    c.remember_path("b");
    c.remember_path("a");
    REQUIRE(c.recent_paths.size() == 2);
    CHECK(c.recent_paths[0] == "a");
    for (int i = 0; i < 20; ++i) c.remember_path(std::to_string(i));
    CHECK(c.recent_paths.size() == il::gui::kMaxRecentPaths);
    CHECK(c.recent_paths[0] == "19");
}

TEST_CASE("controls: file dialogs suggest a name and list by extension") {
    il::gui::UiState state;
    CHECK(il::gui::suggested_file_name(state, Command::SaveRun).empty());  // no run: nothing to name it after
    CHECK(il::gui::file_extension(Command::SaveRun) == ".iltrace");
    CHECK(il::gui::file_extension(Command::OpenRun) == ".iltrace");
    CHECK(il::gui::file_extension(Command::ExportChrome) == ".json");
    CHECK(il::gui::file_extension(Command::SaveSchedule) == ".schedule");
    CHECK(il::gui::file_extension(Command::Replay) == ".schedule");
    for (int i = 0; i < kCommandCount; ++i)
        CHECK(il::gui::needs_path(command(i)) == !il::gui::file_extension(command(i)).empty());
}

TEST_CASE("file dialog: a folder lists sub-folders first, then the files with the extension, no hidden ones") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("il_gui_listing_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "zeta");
    fs::create_directories(dir / ".hidden");
    for (const char* f : {"b.iltrace", "a.iltrace", "notes.txt", ".secret.iltrace"}) std::ofstream(dir / f) << "x";
    const auto entries = il::gui::list_folder(dir, ".iltrace");
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].name == "zeta");
    CHECK(entries[0].is_folder);
    CHECK(entries[1].name == "a.iltrace");
    CHECK(entries[2].name == "b.iltrace");
    CHECK(il::gui::list_folder(dir, "").size() == 4);  // notes.txt too
    CHECK(il::gui::list_folder(dir / "missing", ".iltrace").empty());
    CHECK(il::gui::folder_of((dir / "a.iltrace").string()) == dir);
    CHECK(il::gui::folder_of(dir.string()) == dir);
    CHECK(il::gui::folder_of("just_a_name.json") == fs::current_path());
    fs::remove_all(dir);
}

TEST_CASE("status text: time or steps, counts, and the outcome's tone") {
    SessionStatus st;
    st.mode = il::core::DirectorMode::Run;
    st.elapsed_s = 12.34;
    CHECK(il::gui::progress_text(st) == "12.3 s");
    st.mode = il::core::DirectorMode::Step;
    st.steps = 1;
    CHECK(il::gui::progress_text(st) == "1 step");
    st.steps = 17;
    CHECK(il::gui::progress_text(st) == "17 steps");
    CHECK(il::gui::workers_text(1) == "1 worker alive");
    CHECK(il::gui::workers_text(3) == "3 workers alive");
    CHECK(il::gui::count_text(0) == "0");
    CHECK(il::gui::count_text(999) == "999");
    CHECK(il::gui::count_text(1234567) == "1,234,567");

    st.state = SessionState::Finished;
    CHECK(il::gui::outcome_tone(st) == Tone::Good);
    st.state = SessionState::Stopped;
    CHECK(il::gui::outcome_tone(st) == Tone::Warning);
    st.failed = true;  // a deadlock, a crash
    CHECK(il::gui::outcome_tone(st) == Tone::Bad);
    st = SessionStatus{};
    CHECK(il::gui::outcome_tone(st) == Tone::Neutral);
    CHECK(il::gui::outcome_text(st, {}) == "no run yet");
    st.state = SessionState::Live;
    il::gui::StepView view;
    view.stepping = true;
    view.quiescent = true;
    CHECK(il::gui::outcome_text(st, view) == "waiting for you: choose who moves next");
    st.outcome = "deadlock: Thread-1 waits for mutexB";
    CHECK(il::gui::outcome_text(st, view) == st.outcome);
}

TEST_CASE("status text: the state dump of an empty session names every field") {
    il::gui::RunSession session;
    const std::string dump = il::gui::state_dump(session);
    for (const char* key : {"state: no run\n", "mode: run\n", "steps: 0\n", "events: 0\n", "outcome: no run yet\n",
                            "failed: false\n", "cycle: \n"})
        CHECK_MESSAGE(dump.find(key) != std::string::npos, key);
}

TEST_CASE("status text: the dropped-events hint fits the run's mode, the same words as the CLI's") {
    using il::core::DirectorMode;
    CHECK(il::gui::dropped_tooltip(0, DirectorMode::Run).find("slow") == std::string::npos);
    const std::string run = il::gui::dropped_tooltip(3, DirectorMode::Run);
    CHECK(run.find("\nThe workers outran the observer; try slow or step mode.") != std::string::npos);
    const std::string slow = il::gui::dropped_tooltip(3, DirectorMode::Slow);
    CHECK(slow.find("try slow") == std::string::npos);  // it is slow already
    CHECK(slow.find("even in slow mode; try a longer delay per operation, or step mode") != std::string::npos);
    for (DirectorMode m : {DirectorMode::Step, DirectorMode::Replay}) {
        const std::string step = il::gui::dropped_tooltip(3, m);
        CHECK(step.find("try") == std::string::npos);
        CHECK(step.find("should not happen") != std::string::npos);
    }
    // Only where they should never happen are they coloured as an alarm.
    CHECK_FALSE(il::gui::dropped_is_alarm(3, DirectorMode::Run));
    CHECK_FALSE(il::gui::dropped_is_alarm(3, DirectorMode::Slow));
    CHECK(il::gui::dropped_is_alarm(3, DirectorMode::Step));
    CHECK(il::gui::dropped_is_alarm(1, DirectorMode::Replay));
    CHECK_FALSE(il::gui::dropped_is_alarm(0, DirectorMode::Step));
    CHECK(il::gui::dropped_tooltip(3, DirectorMode::Slow).ends_with(
        il::core::dropped_events_hint(3, DirectorMode::Slow).substr(1) + "."));
}
