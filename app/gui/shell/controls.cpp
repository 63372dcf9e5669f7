// app/gui/shell/controls.cpp — commands: labels, when they apply, what they do; see controls.hpp.
#include "app/gui/shell/controls.hpp"

#include <algorithm>
#include <array>
#include <exception>
#include <stdexcept>

#include "app/gui/shell/ui_state.hpp"
#include "core/common/i18n.hpp"
#include "core/observer/schedule.hpp"

namespace il::gui {

using core::DirectorMode;
using i18n::tr;
using i18n::trf;

namespace {

struct CommandText {
    std::string_view label;
    std::string_view help;
};

constexpr std::array<CommandText, static_cast<size_t>(Command::Count)> kTexts{{
    {N_("Run"), N_("Start the selected demo on real OS threads and processes, at full speed.")},
    {N_("Slow"), N_("Start it with a pause before every operation, so you can watch the timeline grow.")},
    {N_("Step"), N_("Start it paused: you choose which worker makes the next operation, one at a time.")},
    {N_("Replay…"), N_("Open a saved schedule and replay it exactly; then carry on stepping by hand.")},
    {N_("Stop"), N_("Kill the run now, every thread and process of it. What happened so far stays on screen.")},
    {N_("Restart"), N_("Stop, then start the same demo again with the same mode and parameters.")},
    {N_("Step any"), N_("Grant one operation to the next worker in turn (round-robin).")},
    {N_("Step worker"), N_("Grant one operation to the worker with this number (MainThread is 1).")},
    {N_("Run to end"), N_("Keep stepping round-robin until the run ends, deadlocks or gets stuck.")},
    {N_("Undo step"), N_("Take the last step back: the run is replayed up to the step before it.")},
    {N_("Open run…"), N_("Open a run saved earlier; every panel shows it without running it again.")},
    {N_("Open Python program…"), N_("Open your own .py program: Run, Slow and Step then run it on Interleave's runtime.")},
    {N_("Edit program"), N_("Edit the selected Python program in the Source panel; Run, Slow and Step save your edits first.")},
    {N_("Save program"), N_("Write your edits to the program's file.")},
    {N_("Save program as…"), N_("Write your edits to another file, and go on with that one.")},
    {N_("Revert edits"), N_("Drop the edits not yet saved: back to what the file holds.")},
    {N_("Save run…"), N_("Save this run in Interleave's own format, to open it later without re-running.")},
    {N_("Export Chrome trace…"), N_("Write the run as Chrome trace JSON, to open in Perfetto or chrome://tracing.")},
    {N_("Save schedule…"), N_("Save the steps granted so far; Replay reproduces this exact interleaving.")},
    {N_("Find a bug"), N_("Search the schedules of the selected demo or program for one that goes wrong (a deadlock, a stuck or failed run, or your condition not holding), fewest preemptions first; then step through it.")},
    {N_("Cancel search"), N_("Stop the search now; it says how far it got.")},
    {N_("Next step of the schedule"), N_("Grant the next step of the schedule Find a bug found, to walk through the bug one step at a time.")},
    {N_("Play the rest"), N_("Grant the rest of the found schedule at once, to see how it ends.")},
    {N_("Open challenge…"), N_("Open a challenge file (.toml) a teacher wrote: it joins the Challenges panel, ready to play.")},
    {N_("Play challenge"), N_("Start the selected challenge in step mode: reach its goal within its limits, then see how you did against par.")},
    {N_("Keyboard shortcuts"), N_("Show every keyboard shortcut.")},
    {N_("Larger text"), N_("Make all text and controls larger.")},
    {N_("Smaller text"), N_("Make all text and controls smaller.")},
    {N_("Presentation mode"), N_("Large text and a layout made for a projector (1280×720, 1024×768): the lesson's views in three panels, the rest a tab away.")},
    {N_("Lesson layout"), N_("Arrange the panels around what the selected demo is about, as when it was opened.")},
    {N_("Maximise panel"), N_("Show the focused panel over the whole window, or put it back (a double click on its tab does the same).")},
    {N_("Previous demo"), N_("Open the demo before this one in the course.")},
    {N_("Next demo"), N_("Open the next demo in the course.")},
    {N_("Quit"), N_("Close the window; a run still going is stopped.")},
}};

bool is_live(const RunSession& s) { return s.status().state == SessionState::Live; }

bool can_step_now(const RunSession& s) {
    const StepView& v = s.step_view();
    return is_live(s) && v.stepping && v.quiescent && !v.automatic && v.status == core::StepStatus::Running;
}


// Runs `action`; a thrown exception becomes the modal error `title`.
template <typename F>
bool guarded(UiState& state, std::string_view title, F&& action) {
    try {
        action();
        return true;
    } catch (const std::exception& e) {
        state.controls().error = UiMessage{std::string(title), e.what()};
    }
    return false;
}

// Replay: the schedule names its demo and parameters; they win over the selection.
void replay_schedule(UiState& state, const std::string& path) {
    const core::Schedule schedule = core::Schedule::load(path);  // throws ScheduleError
    const std::string demo_id = schedule.demo.empty() ? state.selected_id() : schedule.demo;
    const core::DemoInfo* demo = core::Registry::find(demo_id);
    if (demo == nullptr)
        throw std::invalid_argument(
            trf("the schedule is for the demo '{demo}', which this build does not have", {{"demo", demo_id}}));
    state.select(demo_id);
    if (!schedule.params.empty()) {
        core::Params params(demo->params);
        for (const std::string& a : schedule.params)
            if (const std::string err = params.set(demo->params, a); !err.empty())
                throw std::invalid_argument(
                    trf("the schedule's parameter {assignment}: {error}", {{"assignment", a}, {"error", err}}));
        state.params_for(*demo) = params;
    }
    SessionConfig config;
    config.demo_id = demo_id;
    config.params = state.params_for(*demo).to_assignments();
    config.mode = DirectorMode::Replay;
    config.slow_delay_us = state.controls().slow_delay_us;
    config.show_internals = state.controls().show_internals;
    config.schedule = schedule;
    state.session().start(config);
}

void notify(UiState& state, std::string text) {
    state.controls().notice = std::move(text);
    state.controls().notice_at = std::chrono::steady_clock::now();
}

void toggle_edit(UiState& state) {
    ProgramEdit& edit = state.edit();
    if (edit.open && edit.path == state.selected_id()) {
        if (!end_edit(edit))
            state.controls().error =
                UiMessage{tr("Unsaved edits"),
                          trf("{path} has edits not saved yet: Save program, or Revert edits, first.", {{"path", edit.path}})};
        return;
    }
    if (edit.dirty()) {
        state.controls().error = UiMessage{
            tr("Unsaved edits"),
            trf("{path} has edits not saved yet: save or revert them before editing another program.",
                {{"path", edit.path}})};
        return;
    }
    std::string error;
    if (!begin_edit(edit, state.selected_id(), error))
        state.controls().error = UiMessage{tr("Could not open the program for editing"), error};
}

// A .py program becomes the selection, as a demo would: Run, Slow or Step start it.
void open_program(UiState& state, const std::string& path) {
    std::string why;
    if (core::Registry::find(path, &why) == nullptr)
        throw std::invalid_argument(why.empty() ? trf("{path} is not a Python program (a .py file)", {{"path", path}}) : why);
    state.select(path);
}

// Save as: the edits go to `path`, which is then the selection (and the file edited).
void save_program_as(UiState& state, const std::string& path) {
    std::string error;
    if (!save_edit(state.edit(), path, error)) throw std::runtime_error(error);
    open_program(state, state.edit().path);
}

void run_file_command(UiState& state, Command c, const std::string& path) {
    RunSession& s = state.session();
    switch (c) {
        case Command::Replay: replay_schedule(state, path); break;
        case Command::OpenRun:
            s.open(path);
            if (core::Registry::find(s.config().demo_id) != nullptr) state.select(s.config().demo_id);
            break;
        case Command::OpenProgram: open_program(state, path); break;
        case Command::SaveRun: s.save(path); break;
        case Command::ExportChrome: s.export_chrome(path); break;
        case Command::SaveSchedule: s.save_schedule(path); break;
        case Command::SaveProgramAs: save_program_as(state, path); break;
        case Command::OpenChallenge: {
            std::string error;
            if (!state.challenges().open_file(path, error)) throw std::invalid_argument(error);
            state.challenges().show_panel = true;
            break;
        }
        default: break;
    }
}

std::string_view failure_title(Command c) {
    switch (c) {
        case Command::Replay: return tr(N_("Could not replay the schedule"));
        case Command::OpenRun: return tr(N_("Could not open the run"));
        case Command::OpenProgram: return tr(N_("Could not open the program"));
        case Command::SaveRun: return tr(N_("Could not save the run"));
        case Command::ExportChrome: return tr(N_("Could not export the Chrome trace"));
        case Command::SaveProgramAs: return tr(N_("Could not save the program"));
        case Command::OpenChallenge: return tr(N_("Could not open the challenge"));
        default: return tr(N_("Could not save the schedule"));
    }
}

// The status bar's notice once `c` is done with `path`: "Saved deadlock.two_locks.iltrace".
std::string done_notice(Command c, const std::string& path) {
    switch (c) {
        case Command::Replay: return trf("Replaying {path}", {{"path", path}});
        case Command::OpenRun:
        case Command::OpenChallenge:
        case Command::OpenProgram: return trf("Opened {path}", {{"path", path}});
        case Command::ExportChrome: return trf("Exported {path}", {{"path", path}});
        default: return trf("Saved {path}", {{"path", path}});
    }
}

}  // namespace

std::string_view command_label(Command c) { return tr(kTexts.at(static_cast<size_t>(c)).label); }
std::string_view command_help(Command c) { return tr(kTexts.at(static_cast<size_t>(c)).help); }

bool needs_path(Command c) {
    return c == Command::Replay || c == Command::OpenRun || c == Command::OpenProgram || c == Command::SaveRun ||
           c == Command::ExportChrome || c == Command::SaveSchedule || c == Command::SaveProgramAs ||
           c == Command::OpenChallenge;
}

float next_text_scale(float current, int direction) {
    constexpr float kEpsilon = 0.01f;
    if (direction > 0) {
        for (float s : kTextScales)
            if (s > current + kEpsilon) return s;
    } else if (direction < 0) {
        for (auto it = std::rbegin(kTextScales); it != std::rend(kTextScales); ++it)
            if (*it < current - kEpsilon) return *it;
    }
    return current;
}

void ControlState::remember_path(const std::string& path) {
    std::erase(recent_paths, path);
    recent_paths.insert(recent_paths.begin(), path);
    if (recent_paths.size() > kMaxRecentPaths) recent_paths.resize(kMaxRecentPaths);
}

const core::Choice* choice_for(const std::vector<core::Choice>& choices, uint16_t worker) {
    for (const core::Choice& c : choices)
        if (c.worker == worker) return &c;
    return nullptr;
}

bool command_enabled(const UiState& state, Command c, int arg) {
    const RunSession& s = state.session();
    const SessionStatus st = s.status();
    switch (c) {
        case Command::Run:
        case Command::Slow:
        case Command::Step: return state.selected() != nullptr;
        case Command::Replay: return !core::Registry::all().empty();
        case Command::Stop: return st.state == SessionState::Live;
        case Command::Restart: return !s.config().demo_id.empty() && core::Registry::find(s.config().demo_id) != nullptr;
        case Command::StepAny:
        case Command::RunToEnd: return can_step_now(s) && !s.step_view().choices.empty();
        case Command::StepWorker:
            return can_step_now(s) && arg >= 1 && choice_for(s.step_view().choices, static_cast<uint16_t>(arg - 1)) != nullptr;
        case Command::Undo:
            return st.state != SessionState::Loaded && core::is_stepped(st.mode) && s.schedule_steps() > 0 && s.schedule_complete() &&
                   core::Registry::find(s.config().demo_id) != nullptr;
        case Command::SaveRun:
        case Command::ExportChrome: return st.state != SessionState::Empty;
        case Command::SaveSchedule:
            return core::is_stepped(st.mode) && s.schedule_steps() > 0 && s.schedule_complete();
        case Command::EditProgram:
            return state.edit().open || (state.selected() != nullptr && core::is_program(*state.selected()));
        case Command::SaveProgram:
        case Command::RevertProgram: return state.edit().dirty();
        case Command::SaveProgramAs: return state.edit().open;
        case Command::PreviousDemo: return neighbour_demo(state, -1) != nullptr;
        case Command::NextDemo: return neighbour_demo(state, +1) != nullptr;
        case Command::FindBug: return state.selected() != nullptr && !state.find_bug().job.running();
        case Command::CancelFind: return state.find_bug().job.running() && !state.find_bug().job.cancelling();
        case Command::StepPlan:
        case Command::PlayPlan: return s.plan_choice().has_value();
        case Command::PlayChallenge: {
            const core::Challenge* ch = state.challenges().selected();
            const ChallengeEntry* e = ch ? state.challenges().find_entry(ch->id) : nullptr;
            return ch != nullptr && (!ch->predict || (e != nullptr && !e->predicted.empty()));
        }
        default: return true;
    }
}

const core::DemoInfo* neighbour_demo(const UiState& state, int direction) {
    const std::vector<const core::DemoInfo*> course = core::Registry::catalogue();
    for (size_t i = 0; i < course.size(); ++i) {
        if (course[i]->id != state.selected_id()) continue;
        if (direction < 0) return i > 0 ? course[i - 1] : nullptr;
        return i + 1 < course.size() ? course[i + 1] : nullptr;
    }
    return nullptr;
}

std::string why_disabled(const UiState& state, Command c, int arg) {
    if (command_enabled(state, c, arg)) return {};
    const RunSession& s = state.session();
    const StepView& v = s.step_view();
    switch (c) {
        case Command::Run:
        case Command::Slow:
        case Command::Step: return tr("Pick a demo in Demos first.");
        case Command::Replay: return tr("This build has no demos.");
        case Command::Stop: return tr("No run is going.");
        case Command::Restart: return tr("Nothing to restart yet: start a demo first.");
        case Command::StepAny:
        case Command::RunToEnd:
        case Command::StepWorker:
            if (!is_live(s) || !v.stepping) return tr("Only while a run started with Step (or Replay) is going.");
            if (v.automatic) return tr("Wait: the run is stepping by itself.");
            if (!v.quiescent) return tr("Wait: the last step is still on its way to the next checkpoint.");
            if (v.status == core::StepStatus::Waiting)
                return tr("Wait: a worker is in code Interleave does not observe; it comes back by itself.");
            if (v.status != core::StepStatus::Running) return tr("Nobody can move any more: the run is over.");
            return tr("That worker cannot move now.");
        case Command::Undo: return tr("No step to take back.");
        case Command::SaveRun:
        case Command::ExportChrome: return tr("No run yet: start a demo or open a saved run.");
        case Command::SaveSchedule: return tr("Only a Step or Replay run has a schedule, once a step is made.");
        case Command::EditProgram: return tr("Only a Python program can be edited: open one (File, Open Python program).");
        case Command::SaveProgram:
        case Command::RevertProgram: return tr("No unsaved edits.");
        case Command::SaveProgramAs: return tr("Open the program in the editor first (Edit program).");
        case Command::PreviousDemo: return tr("This is the first demo of the course.");
        case Command::NextDemo: return tr("This is the last demo of the course.");
        case Command::FindBug:
            return state.find_bug().job.running() ? tr("A search is going: wait for it, or cancel it.")
                                                  : tr("Pick a demo in Demos first.");
        case Command::CancelFind: return tr("No search is going.");
        case Command::StepPlan:
        case Command::PlayPlan:
            if (s.plan() == nullptr) return tr("Only while you follow a schedule Find a bug found.");
            if (s.plan_left()) return tr("You left the found schedule: Undo back onto it, or start it again.");
            if (!can_step_now(s)) return tr("Wait: the run is not ready for a step.");
            return tr("The found schedule has no steps left.");
        case Command::PlayChallenge:
            return state.challenges().selected() == nullptr ? tr("Pick a challenge in Challenges first.")
                                                            : tr("Answer the question first: predict, then play.");
        default: return {};
    }
}

const core::DemoInfo* selected_for_run(UiState& state) {
    const core::DemoInfo* demo = state.selected();
    if (demo == nullptr) {
        state.controls().error = UiMessage{tr("Could not start the run"), tr("No demo is selected.")};
        return nullptr;
    }
    // What runs is what the learner sees: unsaved edits to this program are saved first.
    if (ProgramEdit& edit = state.edit(); edit.dirty() && edit.path == demo->id) {
        std::string error;
        if (!save_edit(edit, edit.path, error)) {
            state.controls().error =
                UiMessage{tr("Could not save your edits before the run"),
                          trf("{error}\nUse Save program as to write them elsewhere.", {{"error", error}})};
            return nullptr;
        }
        notify(state, trf("Saved {path} before the run", {{"path", edit.path}}));
        demo = core::Registry::find(edit.path);  // read again: the new text
    }
    return demo;
}

bool start_demo(UiState& state, DirectorMode mode, std::string_view demo_id) {
    if (!demo_id.empty()) state.select(demo_id);
    const core::DemoInfo* demo = selected_for_run(state);
    if (demo == nullptr) return false;
    SessionConfig config;
    config.demo_id = demo->id;
    config.params = state.params_for(*demo).to_assignments();
    config.mode = mode;
    config.slow_delay_us = state.controls().slow_delay_us;
    config.show_internals = state.controls().show_internals;
    return guarded(state, tr("Could not start the run"), [&] { state.session().start(config); });
}

void execute(UiState& state, Command c, int arg) {
    if (!command_enabled(state, c, arg)) return;
    RunSession& s = state.session();
    switch (c) {
        case Command::Run: start_demo(state, DirectorMode::Run); break;
        case Command::Slow: start_demo(state, DirectorMode::Slow); break;
        case Command::Step: start_demo(state, DirectorMode::Step); break;
        case Command::Stop: s.stop(); break;
        case Command::Restart:
            s.set_slow_delay_us(state.controls().slow_delay_us);
            guarded(state, tr("Could not restart the run"), [&] { s.restart(); });
            break;
        case Command::StepAny: s.step_any(); break;
        case Command::StepWorker: {
            const core::Choice choice = *choice_for(s.step_view().choices, static_cast<uint16_t>(arg - 1));
            s.step(choice.worker, choice.grant == core::Grant::TimeOut);
            break;
        }
        case Command::RunToEnd: s.run_to_end(); break;
        case Command::Undo: guarded(state, tr("Could not undo the step"), [&] { s.undo(); }); break;
        case Command::EditProgram: toggle_edit(state); break;
        case Command::SaveProgram: {
            ProgramEdit& edit = state.edit();
            std::string error;
            if (save_edit(edit, edit.path, error)) {
                core::Registry::find(edit.path);  // read again, so the catalogue and source view have the new text
                notify(state, trf("Saved {path}", {{"path", edit.path}}));
            } else {
                state.controls().error = UiMessage{tr("Could not save the program"), error};
            }
            break;
        }
        case Command::RevertProgram: revert_edit(state.edit()); break;
        case Command::FindBug: start_find_bug(state); break;
        case Command::CancelFind: state.find_bug().job.cancel(); break;
        case Command::StepPlan: s.step_plan(); break;
        case Command::PlayPlan: s.play_plan(); break;
        case Command::PlayChallenge: play_challenge(state); break;
        case Command::PreviousDemo: state.select(neighbour_demo(state, -1)->id); break;
        case Command::NextDemo: state.select(neighbour_demo(state, +1)->id); break;
        default: state.controls().requests.push_back({c, arg}); break;
    }
}

void open_dropped_file(UiState& state, const std::string& path) {
    for (Command c : {Command::OpenProgram, Command::OpenRun, Command::Replay, Command::OpenChallenge})
        if (path.ends_with(file_extension(c))) return complete_with_path(state, c, path);
    state.controls().error = UiMessage{
        tr("Could not open the dropped file"),
        trf("{path}: drop a Python program (.py), a saved run (.iltrace), a schedule (.schedule) or a challenge (.toml).",
            {{"path", path}})};
}

void complete_with_path(UiState& state, Command c, const std::string& path) {
    if (path.empty()) return;
    if (!guarded(state, failure_title(c), [&] { run_file_command(state, c, path); })) {
        std::string& detail = state.controls().error->detail;
        if (detail.find(path) == std::string::npos) detail += " (" + path + ")";
        return;
    }
    state.controls().remember_path(path);
    state.controls().notice = done_notice(c, path);
    state.controls().notice_at = std::chrono::steady_clock::now();
}

std::string suggested_file_name(const UiState& state, Command c) {
    const std::string& demo = state.session().config().demo_id;
    if (c == Command::SaveProgramAs) {
        const std::string& path = state.edit().path;
        const std::string file = path.substr(path.rfind('/') + 1);
        return file.substr(0, file.size() - (file.ends_with(".py") ? 3 : 0)) + "_edited.py";
    }
    if (c == Command::OpenRun || c == Command::OpenProgram || c == Command::Replay || c == Command::OpenChallenge ||
        demo.empty())
        return {};
    return demo + std::string(file_extension(c));
}

std::string_view file_extension(Command c) {
    switch (c) {
        case Command::OpenRun:
        case Command::SaveRun: return ".iltrace";
        case Command::OpenProgram:
        case Command::SaveProgramAs: return ".py";
        case Command::ExportChrome: return ".json";
        case Command::Replay:
        case Command::SaveSchedule: return ".schedule";
        case Command::OpenChallenge: return ".toml";
        default: return {};
    }
}

}  // namespace il::gui
