#include "core/observer/observer.hpp"

#include "core/common/i18n.hpp"

#include <signal.h>

#include <algorithm>
#include <stdexcept>
#include <thread>

#include "core/common/futex.hpp"
#include "core/observer/run_watch.hpp"

namespace il::core {

namespace {

// "; waiting for X, Y to reach a step" — the workers a step-mode run timed
// out waiting for (neither parked at a checkpoint nor done nor in
// uninstrumented code); "" when the director waited for nobody.
std::string in_flight_note(const Arena& a) {
    const uint32_t n = a.header().in_flight.load();
    if (n == 0) return {};
    std::string names;
    for (uint16_t i = 0; i < a.worker_count(); ++i) {
        const WorkerSlot& w = a.worker(i);
        if (!w.used.load() || w.done.load() || w.parked.load()) continue;
        const auto st = static_cast<WorkerState>(w.state.load());
        if (st == WorkerState::New || st == WorkerState::Outside) continue;
        names += (names.empty() ? "" : ", ") + std::string(w.name);
    }
    if (names.empty()) return i18n::trf("; {n} granted step(s) never came back", {{"n", std::to_string(n)}});
    return i18n::trf("; waiting for {workers} to reach a step", {{"workers", names}});
}

}  // namespace

bool permanent_deadlock(const Arena& a, const Cycle& c) {
    return std::none_of(c.workers.begin(), c.workers.end(),
                        [&](uint16_t w) { return (a.worker(w).flags.load() & kWorkerHasTimeout) != 0; });
}

Observer::Observer(ObserverOptions options) : opt_(std::move(options)) {
    const bool stepped = is_stepped(opt_.run.mode);
    if (stepped && !opt_.automatic && !opt_.hand_over)
        throw std::invalid_argument("step and replay runs need a strategy");
    run_ = RunHandle::start(opt_.run);  // throws std::invalid_argument for a bad demo or parameter
    t0_ = monotonic_ns();
    RunInfo info;
    info.demo_id = opt_.run.demo_id;
    info.mode = to_string(opt_.run.mode);
    info.params = opt_.run.params;
    store_.set_run_info(info);
    if (stepped) {
        ctl_ = std::make_unique<StepController>(run_.arena());
        ctl_->set_params(opt_.run.params);
        automatic_ = std::move(opt_.automatic);
    } else {
        watch_ = std::make_unique<RunWatch>(run_.arena());
    }
}

Observer::~Observer() { stop(); }

double Observer::elapsed_s() const {
    return static_cast<double>((live() ? monotonic_ns() : t_end_) - t0_) / 1e9;
}

void Observer::decide(std::string outcome, std::function<std::string()> reword) {
    if (!outcome_.empty()) return;
    outcome_ = std::move(outcome);
    reword_ = std::move(reword);
    failed_ = true;
}

void Observer::stop(std::string why) {
    if (!live()) return;
    if (why.empty()) decide(i18n::tr("stopped"), [] { return std::string(i18n::tr("stopped")); });
    else decide(std::move(why));
    exit_ = run_.stop();
    state_ = ObserverState::Stopped;
    finish();
}

bool Observer::poll(int64_t budget_ns) {
    if (!live()) return false;
    const int64_t now = monotonic_ns();
    bool changed = store_.drain(run_.arena()) > 0;
    if (auto ex = run_.poll()) {
        exit_ = *ex;
        state_ = ObserverState::Finished;
        finish();
        return true;
    }
    if (opt_.timeout_s > 0 && now - t0_ > static_cast<int64_t>(opt_.timeout_s * 1e9)) {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%g", opt_.timeout_s);
        std::string why = i18n::trf("timed out after {seconds} s", {{"seconds", seconds}});
        // Step mode: who the director was still waiting for, if anyone.
        if (ctl_ && !quiescent_) why += in_flight_note(run_.arena());
        else if (ctl_ && status_ != StepStatus::Running) why += "; " + ctl_->describe_status();
        stop(why);
        return true;
    }
    if (ctl_) return poll_steps(now + budget_ns) || changed;
    if (deadlock_at_ == 0) {
        if (auto c = sweep_for_cycle(run_.arena()); c && permanent_deadlock(run_.arena(), *c)) {
            // The worker that closed the cycle records its Block right after it
            // publishes the wait: the kill waits a moment for that event to
            // land, without blocking this poll (the window's frame).
            deadlock_at_ = now;
            deadlock_ = i18n::trf("deadlock: {cycle}", {{"cycle", describe(run_.arena(), *c)}});
            deadlock_cycle_ = *c;
        }
    }
    if (deadlock_at_ != 0) {
        if (now - deadlock_at_ < kDeadlockGraceNs) return changed;
        decide(deadlock_, [this, c = *deadlock_cycle_] {
            return i18n::trf("deadlock: {cycle}", {{"cycle", describe(run_.arena(), c)}});
        });
        stop(deadlock_);
        return true;
    }
    if (auto stuck = watch_->check(now)) {
        stop(*stuck);
        return true;
    }
    return changed;
}

// Refreshes the choices when the run holds still; grants automatic steps
// while the budget lasts. Never blocks.
bool Observer::poll_steps(int64_t deadline) {
    bool changed = false;
    for (;;) {
        if (quiescent_ && ctl_->outside_moved()) quiescent_ = false;  // a worker came back: look again
        if (!quiescent_) {
            if (run_.arena().header().in_flight.load(std::memory_order_acquire) != 0 &&
                !ctl_->wait_quiescent(0, [&] { return !run_.poll(); }))
                return changed;
            choices_ = ctl_->refresh();
            status_ = ctl_->status();
            quiescent_ = true;
            changed = true;
            store_.drain(run_.arena());
            if (status_ == StepStatus::Deadlock || status_ == StepStatus::Stuck) {
                // Kept live and parked: the window shows where it stands and
                // the learner may undo; the CLI stops it (observe_run).
                decide(ctl_->describe_status(), [this] { return ctl_->describe_status(); });
                automatic_.reset();
            }
        }
        update_learner_choices();
        if (!automatic_ && self_stepping() && status_ == StepStatus::Running) {
            const std::optional<Choice> c = self_step();
            if (!c || monotonic_ns() > deadline) return changed;
            ctl_->grant(*c);
            ++self_steps_;
            quiescent_ = false;
            choices_.clear();
            learner_choices_.clear();
            changed = true;
            continue;
        }
        if (!automatic_ || status_ != StepStatus::Running || monotonic_ns() > deadline) return changed;
        std::string err;
        const auto c = automatic_->next(run_.arena(), choices_, err);
        if (!c) {
            if (opt_.hand_over) {  // the window: say so, and leave the run to the learner
                decide("replay diverged: " + err);
                automatic_.reset();
                return true;
            }
            stop("replay diverged: " + err);
            return true;
        }
        ctl_->grant(*c);
        quiescent_ = false;
        choices_.clear();
        changed = true;
        // The window's replay: its schedule's last step granted, the learner goes on from here.
        if (opt_.hand_over && automatic_->unused_steps() == 0) automatic_.reset();
    }
}

void Observer::wait(int64_t max_ns) {
    if (!live()) return;
    if (ctl_ && !quiescent_ && status_ == StepStatus::Running) {
        ctl_->wait_quiescent(std::min<int64_t>(max_ns, 100'000'000), [&] { return !run_.poll(); });
        return;
    }
    std::this_thread::sleep_for(std::chrono::nanoseconds(std::min<int64_t>(max_ns, 1'000'000)));
}

bool Observer::grant(const Choice& c) {
    if (!live() || !ctl_ || !quiescent_ || automatic_ || status_ != StepStatus::Running) return false;
    const std::vector<Choice>& allowed = choices();
    if (std::find(allowed.begin(), allowed.end(), c) == allowed.end()) return false;
    ctl_->grant(c);
    quiescent_ = false;
    choices_.clear();
    learner_choices_.clear();
    self_steps_ = 0;
    return true;
}

void Observer::set_internals_step_themselves(bool on) {
    opt_.internals_step_themselves = on;
    self_steps_ = 0;
    update_learner_choices();
}

bool Observer::internal(uint16_t worker) const {
    return (run_.arena().worker(worker).flags.load(std::memory_order_relaxed) & kWorkerInternal) != 0;
}

std::optional<Choice> Observer::self_step() const {
    for (const Choice& c : choices_)
        if (c.grant == Grant::Proceed && internal(c.worker)) return c;
    if (!learner_choices_.empty()) return std::nullopt;  // the learner's turn
    for (const Choice& c : choices_)
        if (internal(c.worker)) return c;  // only an internal time-out can move the run on
    return std::nullopt;
}

void Observer::update_learner_choices() {
    learner_choices_.clear();
    for (const Choice& c : choices_)
        if (!internal(c.worker)) learner_choices_.push_back(c);
}

void Observer::set_automatic(std::unique_ptr<Strategy> s) {
    automatic_ = std::move(s);
    opt_.hand_over = false;  // run to end: to the end
}

void Observer::set_slow_delay_us(uint32_t us) {
    opt_.run.slow_delay_us = us;
    if (live()) run_.arena().header().slow_delay_us.store(us, std::memory_order_release);
}

void Observer::finish() {
    t_end_ = monotonic_ns();
    store_.drain(run_.arena());
    store_.finish();
    const auto cycle = reported_cycle(run_.arena());
    store_.set_deadlock_cycle(cycle);
    quiescent_ = false;
    choices_.clear();
    // A replay that ends with steps of its schedule unused did not reproduce
    // the recorded run: a run that ended well becomes a failure; one that
    // already failed says so in a note. A divergence says where it stopped.
    if (automatic_ && automatic_->unused_steps() > 0 && outcome_.rfind("replay diverged", 0) != 0) {
        const std::string what = describe_unused_steps(automatic_->unused_steps(),
                                                       automatic_->unused_steps() + (ctl_ ? ctl_->steps() : 0));
        if (outcome_.empty()) decide(what);
        else notes_.push_back(what);
    }
    for (const EndNote& n : process_end_notes(run_.arena())) {
        notes_.push_back(n.text);
        // A run that ended by itself after a worker process was killed did
        // not "complete": the outcome names the first such death.
        if (n.failure) decide(n.text);
    }
    if (outcome_.empty() && !(exit_->exited && exit_->code == 0)) {
        const auto failed = [e = *exit_] { return i18n::trf("the run failed ({exit})", {{"exit", e.describe()}}); };
        decide(failed(), failed);
    }
    if (outcome_.empty()) {
        outcome_ = i18n::tr("completed");
        reword_ = [] { return std::string(i18n::tr("completed")); };
        if (cycle)
            notes_.push_back(i18n::trf("a deadlock formed and was broken by a timeout: {cycle}",
                                       {{"cycle", describe(run_.arena(), *cycle)}}));
    }
    automatic_.reset();
}

}  // namespace il::core
