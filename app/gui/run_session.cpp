#include "app/gui/run_session.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/futex.hpp"
#include "core/observe.hpp"
#include "core/registry.hpp"
#include "core/run_watch.hpp"
#include "core/trace_export.hpp"
#include "core/trace_file.hpp"

namespace il::gui {

using namespace il::core;

// What exists only while a run is live (or its arena is kept for viewing).
struct RunSession::Impl {
    RunHandle run;
    std::unique_ptr<StepController> ctl;
    std::unique_ptr<Strategy> auto_strategy;  // run to end / replay / undo
    std::unique_ptr<RunWatch> watch;          // run and slow mode: dead processes, a run stuck for good
    std::vector<ScheduleStep> pending;        // steps still to replay before the learner takes over
    SessionState state = SessionState::Empty;
    int64_t t0 = 0, t_end = 0;
    std::string outcome;
    bool failed = false;
};

RunSession::RunSession() : impl_(std::make_unique<Impl>()), store_(std::make_unique<TraceStore>()) {}

RunSession::~RunSession() { stop(); }

void RunSession::start(const SessionConfig& config) {
    stop();
    RunOptions opt;
    opt.demo_id = config.demo_id;
    opt.params = config.params;
    // Replay runs park like step runs; the session grants the schedule's steps
    // itself, then hands control to the learner (so a replay can be continued).
    opt.mode = config.mode;
    opt.slow_delay_us = config.slow_delay_us;
    opt.executable = config.executable;
    if (config.mode == DirectorMode::Replay && !config.schedule)
        throw std::invalid_argument("replay needs a schedule");
    auto impl = std::make_unique<Impl>();
    impl->run = RunHandle::start(opt);  // throws std::invalid_argument for a bad demo or parameter
    impl->state = SessionState::Live;
    impl->t0 = monotonic_ns();
    if (!core::is_stepped(config.mode)) impl->watch = std::make_unique<RunWatch>(impl->run.arena());
    if (core::is_stepped(config.mode)) {
        impl->ctl = std::make_unique<StepController>(impl->run.arena());
        impl->ctl->set_params(config.params);
        if (config.schedule) {
            impl->pending = config.schedule->steps;
            impl->auto_strategy = make_replay(*config.schedule);
        }
    }
    impl_ = std::move(impl);
    store_ = std::make_unique<TraceStore>();
    RunInfo info;
    info.demo_id = config.demo_id;
    info.mode = core::to_string(config.mode);
    info.params = config.params;
    store_->set_run_info(info);
    config_ = config;
    step_view_ = StepView{};
    step_view_.stepping = core::is_stepped(config.mode);
    schedule_ = Schedule{};
    schedule_.demo = config.demo_id;
    schedule_.params = config.params;
    schedule_built_ = 0;
}

void RunSession::restart() {
    if (!config_.demo_id.empty()) start(config_);
}

void RunSession::stop() {
    Impl& s = *impl_;
    if (s.state != SessionState::Live) return;
    s.run.stop();
    s.state = SessionState::Stopped;
    s.t_end = monotonic_ns();
    if (s.outcome.empty()) s.outcome = "stopped";
    store_->drain(s.run.arena());
    store_->finish();
    store_->set_deadlock_cycle(reported_cycle(s.run.arena()));
    step_view_.quiescent = false;
    step_view_.automatic = false;
    step_view_.choices.clear();
}

void RunSession::open(const std::string& path) {
    auto store = std::make_unique<TraceStore>(load_trace(path));  // throws TraceFileError
    stop();
    impl_ = std::make_unique<Impl>();
    impl_->state = SessionState::Loaded;
    impl_->outcome = "opened " + path;
    store_ = std::move(store);
    config_ = SessionConfig{};
    config_.demo_id = store_->run_info().demo_id;
    config_.params = store_->run_info().params;
    step_view_ = StepView{};
    schedule_ = Schedule{};
    schedule_built_ = 0;
}

void RunSession::save(const std::string& path) const { save_trace(*store_, path); }
void RunSession::export_chrome(const std::string& path) const { write_chrome_trace_file(*store_, path); }
void RunSession::save_schedule(const std::string& path) const {
    if (!schedule_complete())
        throw ScheduleError("the run took more than " + std::to_string(StepController::kMaxRecordedSteps) +
                            " steps, too many to keep as a schedule");
    schedule().save(path);
}

const Schedule& RunSession::schedule() const {
    if (impl_->ctl && schedule_built_ != impl_->ctl->steps()) {
        schedule_ = impl_->ctl->schedule();
        schedule_.demo = config_.demo_id;
        schedule_built_ = impl_->ctl->steps();
    }
    return schedule_;
}

uint64_t RunSession::schedule_steps() const { return impl_->ctl ? impl_->ctl->steps() : 0; }

bool RunSession::schedule_complete() const { return !impl_->ctl || impl_->ctl->schedule_complete(); }

const Arena* RunSession::arena() const {
    return impl_->state == SessionState::Empty || impl_->state == SessionState::Loaded || !impl_->run.started()
               ? nullptr
               : &impl_->run.arena();
}

bool RunSession::animating() const { return impl_->state == SessionState::Live; }

std::optional<Cycle> RunSession::deadlock_cycle() const {
    if (const Arena* a = arena()) return reported_cycle(*a);
    return store_->deadlock_cycle();
}

std::string RunSession::describe_cycle() const {
    const auto c = deadlock_cycle();
    if (!c) return {};
    if (const Arena* a = arena()) return describe(*a, *c);
    return store_->describe_cycle(*c);
}

SessionStatus RunSession::status() const {
    const Impl& s = *impl_;
    SessionStatus st;
    st.state = s.state;
    st.mode = config_.mode;
    st.demo_id = config_.demo_id;
    const int64_t end = s.state == SessionState::Live ? monotonic_ns() : s.t_end;
    st.elapsed_s = s.t0 ? static_cast<double>(end - s.t0) / 1e9 : 0;
    st.steps = static_cast<uint32_t>(schedule_steps());
    // Only a live run has workers alive. Once it has ended (finished, stopped,
    // or its process killed from outside) the arena still holds what each
    // worker last wrote, "running" or "blocked", but nothing of the run exists
    // any more: its whole process group was killed and reaped.
    const Arena* a = s.state == SessionState::Live ? arena() : nullptr;
    if (a) {
        for (uint32_t i = 0; i < a->worker_count(); ++i) {
            const WorkerSlot& w = a->worker(i);
            if (w.used.load() && static_cast<WorkerState>(w.state.load()) != WorkerState::New && !w.done.load())
                ++st.workers_alive;
        }
    }
    st.events = store_->counts().events;
    st.dropped = store_->counts().dropped;
    st.outcome = s.outcome;
    st.failed = s.failed;
    return st;
}

// --------------------------------------------------------------- polling

bool RunSession::poll(int64_t budget_ns) {
    Impl& s = *impl_;
    if (s.state != SessionState::Live) return false;
    const size_t drained = store_->drain(s.run.arena());
    bool changed = drained > 0;
    if (auto ex = s.run.poll()) {
        finish_run(*ex);
        return true;
    }
    if (s.ctl) {
        changed |= advance_steps(budget_ns);
    } else if (auto c = sweep_for_cycle(s.run.arena()); c && permanent_deadlock(s.run.arena(), *c)) {
        s.outcome = "deadlock: " + describe(s.run.arena(), *c);
        s.failed = true;
        stop();
        changed = true;
    } else if (auto stuck = s.watch->check(monotonic_ns())) {
        s.outcome = *stuck;
        s.failed = true;
        stop();
        changed = true;
    }
    return changed;
}

void RunSession::finish_run(const RunExit& ex) {
    Impl& s = *impl_;
    s.state = SessionState::Finished;
    s.t_end = monotonic_ns();
    store_->drain(s.run.arena());
    store_->finish();
    store_->set_deadlock_cycle(reported_cycle(s.run.arena()));
    // A replay whose run ended before its schedule did reproduced nothing the
    // learner asked for: fail it, as the command line does (core/observe.cpp).
    if (s.outcome.empty() && !s.pending.empty() && config_.schedule) {
        s.outcome = describe_unused_steps(s.pending.size(), config_.schedule->steps.size());
        s.failed = true;
    }
    if (s.outcome.empty()) {
        s.failed = !(ex.exited && ex.code == 0);
        s.outcome = s.failed ? "the run failed (" + ex.describe() + ")" : "";
        for (const EndNote& n : process_end_notes(s.run.arena())) {
            if (!n.failure) continue;
            s.outcome += (s.outcome.empty() ? "" : "; ") + n.text;
            s.failed = true;
        }
        if (s.outcome.empty()) s.outcome = "completed";
    }
    step_view_.quiescent = false;
    step_view_.automatic = false;
    step_view_.choices.clear();
}

// Refreshes choices when the run holds still; grants automatic steps while the
// budget lasts. Never blocks.
bool RunSession::advance_steps(int64_t budget_ns) {
    Impl& s = *impl_;
    const int64_t deadline = monotonic_ns() + budget_ns;
    bool changed = false;
    for (;;) {
        if (s.run.arena().header().in_flight.load(std::memory_order_acquire) != 0) {
            if (!s.ctl->wait_quiescent(0, [&] { return !s.run.poll(); })) {
                step_view_.quiescent = false;
                return changed;
            }
        }
        if (!step_view_.quiescent) {
            step_view_.choices = s.ctl->refresh();
            step_view_.status = s.ctl->status();
            step_view_.quiescent = true;
            changed = true;
            store_->drain(s.run.arena());
            if (s.ctl->status() == StepStatus::Deadlock || s.ctl->status() == StepStatus::Stuck) {
                s.outcome = s.ctl->describe_status();
                if (!s.pending.empty() && config_.schedule)
                    s.outcome += "; " + describe_unused_steps(s.pending.size(), config_.schedule->steps.size());
                s.failed = true;
                s.auto_strategy.reset();
                s.pending.clear();
            }
        }
        step_view_.automatic = s.auto_strategy != nullptr;
        if (!s.auto_strategy || s.ctl->status() != StepStatus::Running || monotonic_ns() > deadline) return changed;
        std::string err;
        const auto c = s.auto_strategy->next(s.run.arena(), step_view_.choices, err);
        if (!s.pending.empty()) s.pending.erase(s.pending.begin());
        if (!c) {
            s.outcome = "replay diverged: " + err;
            s.failed = true;
            s.auto_strategy.reset();
            return true;
        }
        grant(*c);
        if (s.pending.empty() && config_.mode == DirectorMode::Replay && !run_to_end_) s.auto_strategy.reset();
        changed = true;
    }
}

void RunSession::grant(const Choice& c) {
    impl_->ctl->grant(c);
    step_view_.quiescent = false;
    step_view_.choices.clear();
}

// --------------------------------------------------------------- stepping

bool RunSession::can_step() const {
    return impl_->state == SessionState::Live && impl_->ctl && step_view_.quiescent && !impl_->auto_strategy &&
           step_view_.status == StepStatus::Running;
}

void RunSession::step(uint16_t worker, bool time_out) {
    if (!can_step()) return;
    const Choice c{worker, time_out ? Grant::TimeOut : Grant::Proceed};
    if (std::find(step_view_.choices.begin(), step_view_.choices.end(), c) == step_view_.choices.end()) return;
    grant(c);
}

void RunSession::step_any() {
    if (!can_step() || step_view_.choices.empty()) return;
    std::string err;
    if (auto c = round_robin_->next(impl_->run.arena(), step_view_.choices, err)) grant(*c);
}

void RunSession::run_to_end() {
    if (!can_step()) return;
    impl_->auto_strategy = make_round_robin();
    run_to_end_ = true;
}

void RunSession::undo() {
    if (schedule_steps() == 0 || !schedule_complete() || config_.demo_id.empty()) return;
    if (impl_->state == SessionState::Loaded) return;
    Schedule back = schedule();
    back.steps.pop_back();
    SessionConfig cfg = config_;
    cfg.mode = DirectorMode::Step;
    const SessionConfig original = config_;
    if (back.steps.empty()) {
        cfg.schedule.reset();
        start(cfg);
    } else {
        cfg.mode = DirectorMode::Replay;
        cfg.schedule = back;
        start(cfg);
    }
    config_.mode = original.mode == DirectorMode::Replay ? DirectorMode::Replay : DirectorMode::Step;
    config_.schedule = original.schedule;
}

void RunSession::set_slow_delay_us(uint32_t us) {
    config_.slow_delay_us = us;
    if (impl_->state == SessionState::Live)
        impl_->run.arena().header().slow_delay_us.store(us, std::memory_order_release);
}

}  // namespace il::gui
