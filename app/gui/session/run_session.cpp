#include "app/gui/session/run_session.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/common/futex.hpp"
#include "core/common/i18n.hpp"
#include "core/runtime/registry.hpp"
#include "core/trace/trace_export.hpp"
#include "core/trace/trace_file.hpp"

namespace il::gui {

using namespace il::core;

namespace {
const TraceStore kNoStore;
}  // namespace

RunSession::RunSession() = default;

RunSession::~RunSession() { stop(); }

void RunSession::start(const SessionConfig& config) {
    stop();
    if (config.mode == DirectorMode::Replay && !config.schedule)
        throw std::invalid_argument("replay needs a schedule");
    ObserverOptions opt;
    opt.run.demo_id = config.demo_id;
    opt.run.params = config.params;
    // Replay runs park like step runs; the observer grants the schedule's
    // steps, then hands control to the learner (so a replay can be continued).
    opt.run.mode = config.mode;
    opt.run.slow_delay_us = config.slow_delay_us;
    opt.run.executable = config.executable;
    opt.hand_over = true;
    opt.internals_step_themselves = !config.show_internals;
    if (config.schedule) opt.automatic = make_replay(*config.schedule);
    auto obs = std::make_unique<Observer>(std::move(opt));  // throws std::invalid_argument for a bad demo or parameter
    obs_ = std::move(obs);
    loaded_.reset();
    state_ = SessionState::Live;
    config_ = config;
    step_view_ = StepView{};
    step_view_.stepping = core::is_stepped(config.mode);
    schedule_ = Schedule{};
    schedule_.demo = config.demo_id;
    schedule_.params = config.params;
    schedule_built_ = 0;
    plan_checked_ = 0;
    plan_left_ = false;
    ++generation_;
}

void RunSession::restart() {
    if (!config_.demo_id.empty()) start(config_);
}

void RunSession::stop() {
    if (state_ != SessionState::Live || !obs_) return;
    obs_->stop();
    state_ = SessionState::Stopped;
    refresh_step_view();
}

void RunSession::open(const std::string& path) {
    auto store = std::make_unique<TraceStore>(load_trace(path));  // throws TraceFileError
    stop();
    obs_.reset();
    loaded_ = std::move(store);
    loaded_outcome_ = "opened " + path;
    state_ = SessionState::Loaded;
    config_ = SessionConfig{};
    config_.demo_id = loaded_->run_info().demo_id;
    config_.params = loaded_->run_info().params;
    step_view_ = StepView{};
    schedule_ = Schedule{};
    schedule_built_ = 0;
    ++generation_;
}

const TraceStore& RunSession::store() const {
    if (obs_) return obs_->store();
    if (loaded_) return *loaded_;
    return kNoStore;
}

void RunSession::save(const std::string& path) const { save_trace(store(), path); }
void RunSession::export_chrome(const std::string& path) const { write_chrome_trace_file(store(), path); }
void RunSession::save_schedule(const std::string& path) const {
    if (!schedule_complete())
        throw ScheduleError(i18n::trf("the run took more than {n} steps, too many to keep as a schedule",
                                      {{"n", std::to_string(StepController::kMaxRecordedSteps)}}));
    schedule().save(path);
}

const Schedule& RunSession::schedule() const {
    const StepController* ctl = obs_ ? obs_->controller() : nullptr;
    if (ctl && schedule_built_ != ctl->steps()) {
        schedule_ = ctl->schedule();
        schedule_.demo = config_.demo_id;
        schedule_built_ = ctl->steps();
    }
    return schedule_;
}

uint64_t RunSession::schedule_steps() const {
    const StepController* ctl = obs_ ? obs_->controller() : nullptr;
    return ctl ? ctl->steps() : 0;
}

bool RunSession::schedule_complete() const {
    const StepController* ctl = obs_ ? obs_->controller() : nullptr;
    return !ctl || ctl->schedule_complete();
}

const Arena* RunSession::arena() const { return obs_ ? &obs_->arena() : nullptr; }

bool RunSession::animating() const { return state_ == SessionState::Live; }

std::optional<Cycle> RunSession::deadlock_cycle() const {
    if (const Arena* a = arena()) return reported_cycle(*a);
    return store().deadlock_cycle();
}

std::string RunSession::describe_cycle() const {
    const auto c = deadlock_cycle();
    if (!c) return {};
    if (const Arena* a = arena()) return describe(*a, *c);
    return store().describe_cycle(*c);
}

SessionStatus RunSession::status() const {
    SessionStatus st;
    st.state = state_;
    st.mode = config_.mode;
    st.demo_id = config_.demo_id;
    st.steps = static_cast<uint32_t>(schedule_steps());
    if (obs_) {
        st.elapsed_s = obs_->elapsed_s();
        st.outcome = obs_->outcome();
        st.failed = obs_->failed();
    } else if (loaded_) {
        st.outcome = loaded_outcome_;
    }
    // Only a live run has workers alive. Once it has ended (finished, stopped,
    // or its process killed from outside) the arena still holds what each
    // worker last wrote, "running" or "blocked", but nothing of the run exists
    // any more: its whole process group was killed and reaped.
    if (state_ == SessionState::Live) {
        const Arena& a = obs_->arena();
        for (uint32_t i = 0; i < a.worker_count(); ++i) {
            const WorkerSlot& w = a.worker(i);
            if (w.used.load() && static_cast<WorkerState>(w.state.load()) != WorkerState::New && !w.done.load())
                ++st.workers_alive;
        }
    }
    st.events = store().counts().events;
    st.dropped = store().counts().dropped;
    return st;
}

// --------------------------------------------------------------- polling

bool RunSession::poll(int64_t budget_ns) {
    if (state_ != SessionState::Live) return false;
    const bool changed = obs_->poll(budget_ns);
    if (!obs_->live()) state_ = obs_->stopped() ? SessionState::Stopped : SessionState::Finished;
    refresh_step_view();
    return changed;
}

std::shared_ptr<const RunSnapshot> RunSession::snapshot_ptr() const {
    if (!snap_ || snap_generation_ != generation_) {
        if (obs_) snap_ = std::make_shared<const RunSnapshot>(snapshot_live(obs_->arena(), obs_->store()));
        else if (loaded_) snap_ = std::make_shared<const RunSnapshot>(snapshot_saved(*loaded_));
        else snap_ = std::make_shared<const RunSnapshot>();
        snap_generation_ = generation_;
    }
    return snap_;
}

void RunSession::refresh_step_view() {
    ++generation_;  // the run may have moved: the next snapshot() reads it again
    if (!obs_) return;
    step_view_.quiescent = obs_->live() && obs_->quiescent();
    step_view_.automatic = obs_->live() && obs_->automatic();
    step_view_.choices = step_view_.quiescent ? obs_->choices() : std::vector<Choice>{};
    step_view_.status = obs_->step_status();
    track_plan();
}

// --------------------------------------------------------------- the plan

void RunSession::track_plan() {
    if (!config_.plan || plan_left_ || schedule_steps() == plan_checked_) return;
    const std::vector<ScheduleStep>& done = schedule().steps;
    const std::vector<ScheduleStep>& plan = config_.plan->steps;
    for (; plan_checked_ < done.size(); ++plan_checked_) {
        if (plan_checked_ >= plan.size() || !(done[plan_checked_] == plan[plan_checked_])) {
            plan_left_ = true;
            return;
        }
    }
}

std::optional<Choice> RunSession::plan_choice() const {
    if (!on_plan() || !can_step()) return std::nullopt;
    const uint64_t at = schedule_steps();
    if (at >= config_.plan->steps.size()) return std::nullopt;
    const ScheduleStep& want = config_.plan->steps[at];
    for (const Choice& c : step_view_.choices)
        if (obs_->arena().worker_name(c.worker) == want.worker && (c.grant == Grant::TimeOut) == want.timeout) return c;
    return std::nullopt;
}

void RunSession::step_plan() {
    if (const auto c = plan_choice(); c && obs_->grant(*c)) refresh_step_view();
}

void RunSession::play_plan() {
    if (!plan_choice()) return;
    Schedule rest;
    rest.steps.assign(config_.plan->steps.begin() + static_cast<std::ptrdiff_t>(schedule_steps()),
                      config_.plan->steps.end());
    obs_->set_automatic(make_replay(std::move(rest)));
    refresh_step_view();
}

// --------------------------------------------------------------- stepping

bool RunSession::can_step() const {
    return state_ == SessionState::Live && obs_ && obs_->stepping() && step_view_.quiescent && !obs_->automatic() &&
           step_view_.status == StepStatus::Running;
}

void RunSession::step(uint16_t worker, bool time_out) {
    if (!can_step()) return;
    if (obs_->grant({worker, time_out ? Grant::TimeOut : Grant::Proceed})) refresh_step_view();
}

void RunSession::step_any() {
    if (!can_step() || step_view_.choices.empty()) return;
    std::string err;
    if (auto c = round_robin_->next(obs_->arena(), step_view_.choices, err); c && obs_->grant(*c))
        refresh_step_view();
}

void RunSession::run_to_end() {
    if (!can_step()) return;
    obs_->set_automatic(make_round_robin());
    refresh_step_view();
}

void RunSession::undo() {
    if (schedule_steps() == 0 || !schedule_complete() || config_.demo_id.empty()) return;
    if (state_ == SessionState::Loaded) return;
    Schedule back = schedule();
    // The steps internal workers took by themselves after the learner's last
    // one go with it: replaying to one of them would take them again.
    if (obs_ && obs_->internals_step_themselves())
        while (!back.steps.empty() && internal_worker(back.steps.back().worker)) back.steps.pop_back();
    if (!back.steps.empty()) back.steps.pop_back();
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

bool RunSession::internal_worker(const std::string& name) const {
    const uint16_t w = store().find_worker(name);
    return w != core::kNoWorker && (store().worker(w).flags & core::kWorkerInternal) != 0;
}

bool RunSession::has_internals() const {
    const TraceStore& st = store();
    for (size_t w = 0; w < st.worker_count(); ++w)
        if (st.worker(static_cast<uint16_t>(w)).flags & core::kWorkerInternal) return true;
    return false;
}

void RunSession::set_show_internals(bool show) {
    config_.show_internals = show;
    if (obs_) {
        obs_->set_internals_step_themselves(!show);
        refresh_step_view();
    }
}

void RunSession::set_slow_delay_us(uint32_t us) {
    config_.slow_delay_us = us;
    if (obs_) obs_->set_slow_delay_us(us);
}

}  // namespace il::gui
