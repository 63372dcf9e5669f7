#include "core/observer/director.hpp"

#include "core/common/i18n.hpp"

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "core/primitives/kinds.hpp"
#include "core/io/file_input.hpp"
#include "core/common/futex.hpp"
#include "core/observer/run_watch.hpp"

namespace il::core {

StepController::StepController(Arena& arena, uint64_t max_recorded) : arena_(arena), max_recorded_(max_recorded) {
    if (arena.max_workers() >= kTimeoutBit) throw std::invalid_argument("step mode needs fewer than 32768 workers");
}

bool StepController::started(uint16_t w) const {
    const WorkerSlot& s = arena_.worker(w);
    return s.used.load(std::memory_order_acquire) &&
           static_cast<WorkerState>(s.state.load(std::memory_order_acquire)) != WorkerState::New;
}


void StepController::release_dead_workers() {
    ArenaHeader& h = arena_.header();
    for (uint16_t i = 0; i < arena_.worker_count(); ++i) {
        WorkerSlot& w = arena_.worker(i);
        if (!started(i) || w.done.load(std::memory_order_acquire)) continue;
        const auto status = died_unfinished(w);
        if (!status) continue;
        // Dead (a crash, terminate() while it was parked, or its process
        // ended under it): its words are frozen now. It counts in in_flight
        // unless it sat parked, ungranted, or was in uninstrumented code
        // (outside_begin gave its count back).
        const bool outside =
            static_cast<WorkerState>(w.state.load(std::memory_order_acquire)) == WorkerState::Outside;
        const bool counted = !outside && (!w.parked.load(std::memory_order_acquire) ||
                                          w.go.load(std::memory_order_acquire) != static_cast<uint32_t>(Grant::None));
        mark_dead(arena_, i, *status);
        if (counted && h.in_flight.load(std::memory_order_acquire) > 0)
            h.in_flight.fetch_sub(1, std::memory_order_acq_rel);
    }
}

bool StepController::wait_quiescent(int64_t timeout_ns, const std::function<bool()>& alive) {
    ArenaHeader& h = arena_.header();
    const int64_t deadline = timeout_ns < 0 ? -1 : monotonic_ns() + timeout_ns;
    for (;;) {
        const uint32_t v = h.in_flight.load(std::memory_order_acquire);
        if (v == 0) return true;
        int64_t slice = 5'000'000;
        if (deadline >= 0) {
            const int64_t left = deadline - monotonic_ns();
            if (left <= 0) return false;
            slice = std::min(slice, left);
        }
        futex_wait(&h.in_flight, v, slice);
        if (h.in_flight.load(std::memory_order_acquire) == 0) continue;
        if (alive && !alive()) return false;
        release_dead_workers();
    }
}

std::vector<Choice> StepController::refresh() {
    release_dead_workers();  // a process killed while parked must not be offered
    outside_epoch_ = arena_.header().outside_epoch.load(std::memory_order_acquire);
    choices_.clear();
    cycle_.reset();
    const uint32_t n = arena_.worker_count();
    if (last_state_.size() < n) last_state_.resize(n, 0xff);
    bool any_alive = false, any_outside = false;
    for (uint16_t i = 0; i < n; ++i) {
        if (!started(i)) continue;
        WorkerSlot& w = arena_.worker(i);
        if (w.done.load(std::memory_order_acquire)) continue;
        if (!w.parked.load(std::memory_order_acquire)) {
            // Not parked while the run holds still: in uninstrumented code (or on its way back).
            if (static_cast<WorkerState>(w.state.load(std::memory_order_acquire)) == WorkerState::Outside)
                any_outside = true;
            continue;
        }
        any_alive = true;
        const bool enabled = op_enabled(arena_, i);
        const uint32_t obj = w.pending_object.load(std::memory_order_relaxed);
        const WorkerState st = enabled ? WorkerState::Ready : WorkerState::Blocked;
        publish_wait(w, st, obj);
        if (last_state_[i] != static_cast<uint8_t>(st)) {
            last_state_[i] = static_cast<uint8_t>(st);
            const uint32_t line = w.pending_line.load(std::memory_order_relaxed);
            if (enabled) arena_.record_director(i, EventKind::Ready, obj, 0, line);
            else arena_.record_director(i, EventKind::Block, obj, 0, line);
        }
        if (enabled) choices_.push_back({i, Grant::Proceed});
        else if (can_time_out(arena_, i)) choices_.push_back({i, Grant::TimeOut});
    }
    // Every worker is parked or done here, so the snapshot is stable.
    const WaitGraph graph = read_wait_graph(arena_);
    for (uint16_t i = 0; i < n && !cycle_; ++i)
        if (started(i)) cycle_ = find_cycle(arena_, graph, i);
    if (cycle_ && report_cycle(arena_, *cycle_))
        arena_.record_director(cycle_->workers[0], EventKind::Deadlock, cycle_->objects[0],
                               static_cast<int64_t>(cycle_->workers.size()));
    const StepStatus before = status_;
    if (choices_.empty() && any_outside) status_ = StepStatus::Waiting;
    else if (!any_alive) status_ = StepStatus::Finished;
    else if (choices_.empty()) status_ = cycle_ ? StepStatus::Deadlock : StepStatus::Stuck;
    else status_ = StepStatus::Running;
    if (status_ == StepStatus::Stuck && before != StepStatus::Stuck)
        arena_.record_director(arena_.director_index(), EventKind::Stuck);
    return choices_;
}

std::string StepController::describe_status() const {
    switch (status_) {
        case StepStatus::Running: return i18n::tr("running");
        case StepStatus::Finished: return i18n::tr("finished");
        case StepStatus::Deadlock:
            return i18n::trf("deadlock: {cycle}", {{"cycle", cycle_ ? describe(arena_, *cycle_) : std::string()}});
        case StepStatus::Stuck:
            return i18n::trf("stuck: {deaths}nobody can move and not everybody is done ({waits})",
                             {{"deaths", ""}, {"waits", describe_waits(arena_)}});
        case StepStatus::Waiting:
            return i18n::trf("waiting: {who}; it comes back by itself", {{"who", describe_outside()}});
    }
    return {};
}

bool StepController::outside_moved() const {
    return arena_.header().outside_epoch.load(std::memory_order_acquire) != outside_epoch_;
}

// "Thread-1 is in socket.recv(), which Interleave does not observe"
std::string StepController::describe_outside() const {
    std::string s;
    for (uint16_t i = 0; i < arena_.worker_count(); ++i) {
        const WorkerSlot& w = arena_.worker(i);
        if (!started(i) || w.done.load(std::memory_order_acquire) ||
            static_cast<WorkerState>(w.state.load(std::memory_order_acquire)) != WorkerState::Outside)
            continue;
        const uint32_t obj = w.blocked_on.load(std::memory_order_relaxed);
        s += (s.empty() ? "" : "; ") +
             i18n::trf("{worker} is in {call}, which Interleave does not observe",
                       {{"worker", std::string(w.name)},
                        {"call", obj < arena_.object_count() ? std::string(arena_.object_name(obj)) + "()"
                                                             : std::string(i18n::tr("a call"))}});
    }
    return s;
}

Schedule StepController::schedule() const {
    Schedule s;
    s.demo = arena_.header().demo_id;
    s.params = params_;
    s.steps.reserve(grants_.size());
    for (const uint16_t g : grants_)
        s.steps.push_back({std::string(arena_.worker_name(g & ~kTimeoutBit)), (g & kTimeoutBit) != 0});
    return s;
}

void StepController::grant(const Choice& c) {
    if (std::find(choices_.begin(), choices_.end(), c) == choices_.end())
        throw std::logic_error("grant: " + std::string(arena_.worker_name(c.worker)) + " cannot be granted now");
    ArenaHeader& h = arena_.header();
    WorkerSlot& w = arena_.worker(c.worker);
    const uint32_t step = h.step.fetch_add(1, std::memory_order_acq_rel) + 1;
    h.in_flight.fetch_add(1, std::memory_order_acq_rel);
    arena_.record_director(c.worker, EventKind::Step, w.pending_object.load(std::memory_order_relaxed),
                           c.grant == Grant::TimeOut ? -static_cast<int64_t>(step) : step,
                           w.pending_line.load(std::memory_order_relaxed));
    ++steps_;
    if (grants_.size() + 1 == steps_ && grants_.size() < max_recorded_)
        grants_.push_back(static_cast<uint16_t>(c.worker | (c.grant == Grant::TimeOut ? kTimeoutBit : 0)));
    last_state_[c.worker] = static_cast<uint8_t>(WorkerState::Running);
    choices_.clear();
    // Release store pairs with park()'s acquire load of `go`.
    w.go.store(static_cast<uint32_t>(c.grant), std::memory_order_release);
    futex_wake(&w.go, 1);
}

std::string describe_choices(const Arena& arena, const std::vector<Choice>& choices) {
    std::string s;
    for (const Choice& c : choices) {
        s += (s.empty() ? "" : ", ") + std::string(arena.worker_name(c.worker));
        if (c.grant == Grant::TimeOut) s += " (time out)";
    }
    return s.empty() ? "nobody" : s;
}

std::string describe_unused_steps(size_t unused, size_t total) {
    return "replay incomplete: the run ended with " + std::to_string(unused) + " of " + std::to_string(total) +
           " schedule steps unused (the schedule was not recorded from this run, or was edited)";
}

namespace {

class RoundRobin final : public Strategy {
public:
    std::optional<Choice> next(const Arena&, const std::vector<Choice>& cs, std::string&) override {
        std::vector<Choice> pick;
        for (const Choice& c : cs)
            if (c.grant == Grant::Proceed) pick.push_back(c);
        if (pick.empty()) pick = cs;
        auto it = std::find_if(pick.begin(), pick.end(), [&](const Choice& c) { return c.worker > last_; });
        const Choice c = it == pick.end() ? pick.front() : *it;
        last_ = c.worker;
        return c;
    }

private:
    int last_ = -1;
};

class Random final : public Strategy {
public:
    explicit Random(uint64_t seed) : rng_(seed) {}
    std::optional<Choice> next(const Arena&, const std::vector<Choice>& cs, std::string&) override {
        std::uniform_int_distribution<size_t> d(0, cs.size() - 1);
        return cs[d(rng_)];
    }

private:
    std::mt19937_64 rng_;
};

class Replay final : public Strategy {
public:
    explicit Replay(Schedule s) : s_(std::move(s)) {}
    std::optional<Choice> next(const Arena& a, const std::vector<Choice>& cs, std::string& error) override {
        if (i_ >= s_.steps.size()) {
            error = "the schedule ended after " + std::to_string(s_.steps.size()) +
                    " steps but the run is not finished (possible: " + describe_choices(a, cs) + ")";
            return std::nullopt;
        }
        const ScheduleStep& st = s_.steps[i_];
        for (const Choice& c : cs) {
            if (a.worker_name(c.worker) == st.worker && (c.grant == Grant::TimeOut) == st.timeout) {
                ++i_;
                return c;
            }
        }
        // The name comes from the file: quoted through printable(), like every reader's messages.
        error = "step " + std::to_string(i_ + 1) + ": the schedule says " + printable(st.worker) +
                (st.timeout ? " (time out)" : "") + " but the possible steps are: " + describe_choices(a, cs);
        return std::nullopt;
    }

    size_t unused_steps() const override { return s_.steps.size() - i_; }

private:
    Schedule s_;
    size_t i_ = 0;
};

}  // namespace

std::unique_ptr<Strategy> make_round_robin() { return std::make_unique<RoundRobin>(); }
std::unique_ptr<Strategy> make_random(uint64_t seed) { return std::make_unique<Random>(seed); }
std::unique_ptr<Strategy> make_replay(Schedule schedule) { return std::make_unique<Replay>(std::move(schedule)); }

}  // namespace il::core
