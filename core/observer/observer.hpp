// core/observer/observer.hpp — the one observer of a run, for the CLI and the window.
//
// An Observer starts the run process and then, each time it is polled:
// drains the arena into its TraceStore; notices the run's end; ends a run
// that can never finish by itself (a deadlock no timeout can break, a run
// nobody can move — RunWatch — or one past its timeout); and in step/replay
// mode plays the scheduler: when the run holds still it refreshes what can be
// granted, then either grants by itself (an automatic Strategy: round-robin,
// seeded random, a schedule to replay, "run to end") while the time budget
// lasts, or waits for the caller's grant (the learner's click). When the run
// is over it words the outcome — "completed", "deadlock: …", "stuck: …",
// "Process-2 killed by SIGKILL", "replay incomplete: …" — the same for every
// front end.
//
// poll() never blocks; wait() blocks at most as long as asked. The window
// polls once a frame with a few milliseconds' budget; the CLI (observe_run)
// loops on wait() and poll().
//
// Thread rules: one thread owns an Observer and calls everything on it.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/common/deadlock.hpp"
#include "core/observer/director.hpp"
#include "core/observer/run.hpp"
#include "core/trace/trace.hpp"

namespace il::core {

class RunWatch;

struct ObserverOptions {
    RunOptions run;
    double timeout_s = 0;                  // 0: no timeout (the window); the CLI's --timeout
    std::unique_ptr<Strategy> automatic;   // step/replay: grants by itself (required by the CLI)
    // The window's replay: when `automatic` has granted its schedule's last
    // step and the run goes on, the learner takes over. Otherwise a strategy
    // that cannot choose ends the run as "replay diverged: …".
    bool hand_over = false;
    // The window's step mode: a pool's and an executor's internal workers
    // (kWorkerInternal) step by themselves whenever the learner would have to
    // grant them, so the learner's choices are the lesson's workers only.
    // Their grants are recorded like any other, so replay is exact.
    bool internals_step_themselves = false;
};

enum class ObserverState { Live, Finished, Stopped };

class Observer {
public:
    // Starts the run. Throws std::invalid_argument for a bad demo, parameter
    // or options (step and replay without a strategy unless hand_over…).
    explicit Observer(ObserverOptions options);
    ~Observer();  // stops a live run: no process outlives its observer
    Observer(const Observer&) = delete;
    Observer& operator=(const Observer&) = delete;

    // Drains, checks, grants automatic steps within `budget_ns`. Returns true
    // when anything changed (events, choices, the state).
    bool poll(int64_t budget_ns);
    // Blocks until the run may have moved, at most `max_ns`: parks on the
    // step gate's counter in step mode, else sleeps up to a millisecond.
    void wait(int64_t max_ns);
    // Kills the run now (no-op unless live); `why` becomes the outcome when
    // none was decided yet ("stopped" by default).
    void stop(std::string why = {});

    // --- step mode ----------------------------------------------------------------
    bool stepping() const { return ctl_ != nullptr; }
    bool quiescent() const { return quiescent_; }        // choices are valid
    bool automatic() const { return automatic_ != nullptr; }
    StepStatus step_status() const { return status_; }
    // What the caller may grant: every choice, or, while internals step
    // themselves, the non-internal workers' ones.
    const std::vector<Choice>& choices() const { return self_stepping() ? learner_choices_ : choices_; }
    void set_internals_step_themselves(bool on);
    bool internals_step_themselves() const { return opt_.internals_step_themselves; }
    // Internal steps granted by themselves since the caller's last grant.
    uint64_t self_steps() const { return self_steps_; }
    // More than this many in a row (an internal thread that never settles) and
    // the choices go back to the caller, internals included.
    static constexpr uint64_t kMaxSelfSteps = 100'000;
    // The caller's grant; false (nothing done) unless it is one of choices()
    // while quiescent, live and not granting automatically.
    bool grant(const Choice& c);
    // Grants by itself from now on ("run to end": round-robin to the end).
    void set_automatic(std::unique_ptr<Strategy> s);
    const StepController* controller() const { return ctl_.get(); }

    // --- the run ------------------------------------------------------------------
    ObserverState state() const { return state_; }
    bool live() const { return state_ == ObserverState::Live; }
    // "" while live and undecided; in the current language (a deadlock, a
    // stuck step run, "completed" … are worded again after a switch).
    std::string outcome() const { return reword_ ? reword_() : outcome_; }
    bool failed() const { return failed_; }
    bool stopped() const { return state_ == ObserverState::Stopped; }
    const std::vector<std::string>& notes() const { return notes_; }
    const std::optional<RunExit>& exit() const { return exit_; }
    double elapsed_s() const;
    const TraceStore& store() const { return store_; }
    TraceStore& store() { return store_; }
    const Arena& arena() const { return run_.arena(); }
    const RunOptions& options() const { return opt_.run; }
    // Slow mode's pause per operation, changed live (the window's slider).
    void set_slow_delay_us(uint32_t us);

private:
    bool poll_steps(int64_t deadline);
    bool self_stepping() const { return opt_.internals_step_themselves && self_steps_ < kMaxSelfSteps; }
    bool internal(uint16_t worker) const;
    // The internal choice to grant by itself now, if any: the first that can
    // proceed; a time-out only when no other worker can move at all.
    std::optional<Choice> self_step() const;
    void update_learner_choices();
    // The first decision wins. `reword`, when given, words the same outcome
    // again in the language of the moment (core/common/i18n.hpp).
    void decide(std::string outcome, std::function<std::string()> reword = {});
    void finish();                     // the run is over: drain, finish, word it
    ObserverOptions opt_;
    RunHandle run_;
    TraceStore store_;
    std::unique_ptr<StepController> ctl_;
    std::unique_ptr<Strategy> automatic_;
    std::unique_ptr<RunWatch> watch_;
    std::vector<Choice> choices_;
    std::vector<Choice> learner_choices_;  // choices_ without the internal workers'
    uint64_t self_steps_ = 0;
    bool quiescent_ = false;
    StepStatus status_ = StepStatus::Running;
    ObserverState state_ = ObserverState::Live;
    std::string outcome_;
    std::function<std::string()> reword_;
    std::optional<Cycle> deadlock_cycle_;  // the run-mode deadlock being ended
    bool failed_ = false;
    std::vector<std::string> notes_;
    std::optional<RunExit> exit_;
    int64_t t0_ = 0, t_end_ = 0;
    // A permanent deadlock found at deadlock_at_ is stopped kDeadlockGraceNs later.
    static constexpr int64_t kDeadlockGraceNs = 20'000'000;
    int64_t deadlock_at_ = 0;
    std::string deadlock_;
};

// A cycle just found (sweep_for_cycle) that no timeout can break never ends by itself.
bool permanent_deadlock(const Arena& a, const Cycle& c);

}  // namespace il::core
