// app/gui/session/run_session.hpp — the window's observer: one run (live, or opened
// from a file) and everything the panels draw from it.
//
// A RunSession holds one core::Observer (core/observer/observer.hpp, the observer the
// CLI uses too) for a run, or a trace opened from a file. It polls the
// observer once per frame within a small time budget, so it never blocks the
// GUI thread: when the granted worker has not reached its next checkpoint
// yet, poll() finds the run not quiescent and tries again next frame. It adds
// what only the window does: the learner's grants, step any, run to end,
// undo (a re-run to one step fewer), and a replay that hands the run over to
// the learner when its schedule is used up.
//
// The observer ends a run that can never finish (a permanent deadlock or a
// stuck run in run/slow mode) and words every outcome; the arena stays
// mapped, so the panels keep showing the state in which it ended. Stop always
// works; no process outlives the session.
//
// Panels never touch the RunHandle or the arena: they read snapshot() (the
// run as core/observer/snapshot.hpp models it, read again at most once per poll),
// store(), step_view() and status(), and act through the step/stop/...
// methods. This is the one GUI file that reads the arena. Pure logic, no
// ImGui: tested headless.
//
// Thread rules: GUI thread only.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/common/arena.hpp"
#include "core/common/deadlock.hpp"
#include "core/observer/director.hpp"
#include "core/observer/observer.hpp"
#include "core/observer/run.hpp"
#include "core/observer/schedule.hpp"
#include "core/observer/snapshot.hpp"
#include "core/trace/trace.hpp"

namespace il::gui {

struct SessionConfig {
    std::string demo_id;
    std::vector<std::string> params;  // "name=value"
    core::DirectorMode mode = core::DirectorMode::Run;
    uint32_t slow_delay_us = 200'000;
    std::optional<core::Schedule> schedule;  // Replay: the steps to follow
    std::string executable;                  // empty: this binary
    // Step mode: a pool's and an executor's internal workers are the
    // learner's to step too (else they step themselves: ObserverOptions).
    bool show_internals = false;
    // Step mode: a schedule the learner may follow one step at a time (the
    // one explore mode found): step_plan() grants its next step. Stepping
    // another way leaves it (plan_left()); Undo back onto it rejoins it.
    std::optional<core::Schedule> plan;
};

enum class SessionState {
    Empty,     // nothing yet
    Live,      // the run process is going
    Finished,  // it ended by itself
    Stopped,   // the learner (or a permanent deadlock) stopped it
    Loaded,    // a trace opened from a file
};

// What the status bar and run controls show.
struct SessionStatus {
    SessionState state = SessionState::Empty;
    core::DirectorMode mode = core::DirectorMode::Run;
    std::string demo_id;
    double elapsed_s = 0;       // wall time since start (run/slow)
    uint32_t steps = 0;         // grants so far (step/replay)
    uint32_t workers_alive = 0;
    uint64_t events = 0, dropped = 0;
    std::string outcome;        // "", "completed", "deadlock: …", "stuck: …", "killed by SIGSEGV", error text
    bool failed = false;
};

// Step mode, as the panels see it.
struct StepView {
    bool stepping = false;       // step or replay mode, and live
    bool quiescent = false;      // every worker parked or done: choices are valid
    bool automatic = false;      // run-to-end / replay / undo is granting by itself
    std::vector<core::Choice> choices;  // what can be granted now
    core::StepStatus status = core::StepStatus::Running;
};

class RunSession {
public:
    RunSession();
    ~RunSession();  // stops a live run
    RunSession(const RunSession&) = delete;
    RunSession& operator=(const RunSession&) = delete;

    // Starts a run (stopping any current one). Throws std::invalid_argument with
    // a user-facing message for a bad demo/parameter/schedule.
    void start(const SessionConfig& config);
    void restart();              // the same config again
    void stop();                 // kill the run now (no-op when not live)
    // Opens a saved run (core trace file); throws core::TraceFileError.
    void open(const std::string& path);
    void save(const std::string& path) const;          // native format; throws
    void export_chrome(const std::string& path) const;  // Chrome trace JSON; throws
    void save_schedule(const std::string& path) const;  // the steps granted so far; throws

    // Once per frame: drain, detect the end or a deadlock, advance automatic
    // stepping within `budget_ns`. Returns true when anything changed.
    bool poll(int64_t budget_ns = 4'000'000);
    // True while the window should keep redrawing (a live run, or automatic stepping).
    bool animating() const;

    // --- step mode (no-ops unless step_view().quiescent) --------------------------
    void step(uint16_t worker, bool time_out = false);  // grant one op to this worker
    void step_any();                                    // round-robin's next choice
    void run_to_end();                                  // round-robin until it ends
    void undo();                                        // re-run to n-1 steps
    void set_slow_delay_us(uint32_t us);

    // --- following a plan (SessionConfig::plan) ----------------------------------
    const core::Schedule* plan() const { return config_.plan ? &*config_.plan : nullptr; }
    // Every step so far was the plan's (false without a plan).
    bool on_plan() const { return config_.plan && !plan_left_; }
    bool plan_left() const { return config_.plan && plan_left_; }
    // The plan's next step among the choices now, when on it, quiescent and it has one.
    std::optional<core::Choice> plan_choice() const;
    void step_plan();  // grants plan_choice()
    void play_plan();  // grants the plan's remaining steps by itself (as fast as a replay), then hands over
    // Live: internal workers become the learner's to step (or step themselves again).
    void set_show_internals(bool show);
    // The run has internal workers (a pool's handlers …): the toggle matters.
    bool has_internals() const;

    // --- what the panels read ------------------------------------------------------
    const core::TraceStore& store() const;
    // The run now (live), as it ended (kept arena), or a saved run at its end.
    // Valid until the next poll/step/start/open.
    const core::RunSnapshot& snapshot() const { return *snapshot_ptr(); }
    std::shared_ptr<const core::RunSnapshot> snapshot_ptr() const;
    // The session layer's own (and tests'): live or last run; nullptr for a loaded trace.
    const core::Arena* arena() const;
    const StepView& step_view() const { return step_view_; }
    SessionStatus status() const;
    const SessionConfig& config() const { return config_; }
    // The steps granted so far (built from the step controller when asked:
    // O(steps), so per frame ask schedule_steps() instead).
    const core::Schedule& schedule() const;
    uint64_t schedule_steps() const;
    bool schedule_complete() const;  // false past StepController::kMaxRecordedSteps
    std::optional<core::Cycle> deadlock_cycle() const;
    std::string describe_cycle() const;  // "" when there is none

private:
    void refresh_step_view();
    void track_plan();
    bool can_step() const;
    bool internal_worker(const std::string& name) const;
    SessionState state_ = SessionState::Empty;
    std::unique_ptr<core::Observer> obs_;      // a run, live or ended
    std::unique_ptr<core::TraceStore> loaded_;  // a trace opened from a file
    std::string loaded_outcome_;
    std::unique_ptr<core::Strategy> round_robin_ = core::make_round_robin();
    SessionConfig config_;
    StepView step_view_;
    mutable core::Schedule schedule_;
    mutable uint64_t schedule_built_ = 0;  // schedule_steps() when schedule_ was built
    uint64_t generation_ = 0;              // moves whenever the run may have changed
    uint64_t plan_checked_ = 0;            // steps compared with the plan so far
    bool plan_left_ = false;
    mutable std::shared_ptr<const core::RunSnapshot> snap_;
    mutable uint64_t snap_generation_ = 0;
};

}  // namespace il::gui
