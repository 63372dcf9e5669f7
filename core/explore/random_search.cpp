// core/explore/random_search.cpp — explore's second phase: random schedules
// drawn by PCT, and shrinking the bad one (explore_detail.hpp).
#include <algorithm>
#include <map>
#include <random>
#include <thread>

#include "core/explore/explore_detail.hpp"
#include "core/explore/independence.hpp"
#include "core/explore/story.hpp"

namespace il::core::explore_detail {

namespace {

// What a strategy granted at one step, what the default would have, and
// what the step was seen to touch.
struct Granted {
    Choice dflt, chosen;
    Footprint fp;
};

// The step indices where `steps` left the default: its preemptions.
std::map<size_t, Choice> deviations(const std::vector<Granted>& steps) {
    std::map<size_t, Choice> out;
    for (size_t i = 0; i < steps.size(); ++i)
        if (steps[i].chosen != steps[i].dflt) out.emplace(i, steps[i].chosen);
    return out;
}

// Records the default's pick beside each grant; cuts a run off at kMaxSteps.
class Recording : public Strategy {
public:
    std::optional<Choice> next(const Arena& a, const std::vector<Choice>& cs, std::string& error) final {
        if (at_step_limit(steps_.size(), cut_, error)) return std::nullopt;
        const Choice dflt = default_choice(a, cs, steps_.empty() ? kNoWorker : steps_.back().chosen.worker);
        const Choice pick = choose(a, cs, dflt);
        steps_.push_back({dflt, pick, footprint_of(a, pick)});
        return pick;
    }
    const std::vector<Granted>& steps() const { return steps_; }
    bool cut() const { return cut_; }

protected:
    virtual Choice choose(const Arena& a, const std::vector<Choice>& cs, const Choice& dflt) = 0;
    size_t step() const { return steps_.size(); }
    uint16_t last() const { return steps_.empty() ? kNoWorker : steps_.back().chosen.worker; }

private:
    std::vector<Granted> steps_;
    bool cut_ = false;
};

// PCT: every worker gets a random priority when first seen (all above
// depth); the highest that can go on runs; at depth - 1 random steps the
// worker about to run drops to priority 1, 2, … (below every other). A bug
// of depth d is found with probability at least 1 / (n k^(d-1)) per run.
class Pct final : public Recording {
public:
    Pct(uint64_t seed, int depth, size_t steps) : rng_(seed), depth_(std::max(1, depth)) {
        std::uniform_int_distribution<size_t> at(0, std::max<size_t>(1, steps) - 1);
        for (int i = 1; i < depth_; ++i) change_.emplace(at(rng_), i);
    }

protected:
    Choice choose(const Arena&, const std::vector<Choice>& cs, const Choice&) override {
        const Choice* best = highest(cs);
        if (!best) return cs.front();  // nobody can go on: the first time-out
        if (const auto it = change_.find(step()); it != change_.end()) {
            prio_[best->worker] = it->second;  // it drops below everyone; look again
            best = highest(cs);
        }
        return *best;
    }

private:
    // The choice that can go on whose worker has the highest priority, or nullptr.
    const Choice* highest(const std::vector<Choice>& cs) {
        const Choice* best = nullptr;
        for (const Choice& c : cs)
            if (c.grant == Grant::Proceed && (!best || priority(c.worker) > priority(best->worker))) best = &c;
        return best;
    }
    int64_t priority(uint16_t w) {
        auto it = prio_.find(w);
        if (it == prio_.end()) it = prio_.emplace(w, depth_ + static_cast<int64_t>(rng_() % 1'000'000)).first;
        return it->second;
    }
    std::mt19937_64 rng_;
    int depth_;
    std::map<size_t, int64_t> change_;  // step → the priority the worker about to run drops to
    std::map<uint16_t, int64_t> prio_;
};

// The default scheduler, except at the given steps, where it grants the
// given choice when it can (a shrinking candidate: some preemptions gone).
class Deviate final : public Recording {
public:
    explicit Deviate(std::map<size_t, Choice> at) : at_(std::move(at)) {}

protected:
    Choice choose(const Arena&, const std::vector<Choice>& cs, const Choice& dflt) override {
        const auto it = at_.find(step());
        if (it != at_.end() && std::find(cs.begin(), cs.end(), it->second) != cs.end()) return it->second;
        return dflt;
    }

private:
    std::map<size_t, Choice> at_;
};

// The default, except that a worker that has just acquired (a lock, a
// semaphore) hands the processor on to the next in turn that can go on.
class SwitchAfterAcquire final : public Recording {
protected:
    Choice choose(const Arena& a, const std::vector<Choice>& cs, const Choice& dflt) override {
        Choice pick = dflt;
        if (acquired_ && dflt.worker == last())
            if (const Choice* next = next_in_turn(cs, last(), last())) pick = *next;
        const auto op = static_cast<OpKind>(a.worker(pick.worker).pending_op.load(std::memory_order_acquire));
        acquired_ = pick.grant == Grant::Proceed && (op == OpKind::Acquire || op == OpKind::TryAcquire);
        return pick;
    }

private:
    bool acquired_ = false;
};

// One run under `s`, judged. Empty `bad` when it went right (or could not be judged).
struct Outcome {
    Judged j;
    Observation obs;
};
Outcome run_judged(const ExploreOptions& options, Recording& s, const std::atomic<bool>& stop) {
    Outcome out;
    out.obs = run_one(options, s, stop, out.j.error);
    if (!out.j.error.empty() || out.obs.interrupted) return out;
    out.j = judge(options, out.obs, s.cut(), false);
    return out;
}

// Shrinks the bad run `found` (r holds its reason, schedule and turns),
// each candidate run again and kept only if it still goes wrong with fewer
// preemptions: first the same steps greedily reordered to switch workers less
// (independence.hpp: moving preemptions to where they matter), then without
// one of its preemptions (a dropped one changes what follows: the kept run's
// own preemptions are the next candidates); again, until neither helps (or
// the budget is spent). Fills r.preemptions, drawn_preemptions, shrink_runs.
void shrink(const ExploreOptions& options, ExploreResult& r, Clock::time_point t0, const std::vector<Granted>& found) {
    r.verdict = ExploreVerdict::Found;
    std::vector<Granted> best = found;
    size_t fewest = deviations(best).size();
    r.drawn_preemptions = static_cast<int>(fewest);
    const std::atomic<bool> never{false};
    const auto try_run = [&](std::map<size_t, Choice> at) {
        Deviate d(std::move(at));
        Outcome o = run_judged(options, d, never);
        ++r.shrink_runs;
        ++r.progress.runs;
        if (o.j.bad.empty() || !o.j.error.empty() || deviations(d.steps()).size() >= fewest) return false;
        best = d.steps();
        fewest = deviations(best).size();
        r.reason = o.j.bad;
        r.schedule = std::move(o.obs.schedule);
        r.turns = story_of(o.obs.store);
        return true;
    };
    const auto out_of_time = [&] {
        return (options.cancelled && options.cancelled()) || (options.max_seconds > 0 && since(t0) >= options.max_seconds);
    };
    for (bool shrunk = true; shrunk && fewest > 0 && !out_of_time();) {
        shrunk = false;
        std::vector<SeenStep> seen;
        for (const Granted& g : best) seen.push_back({g.chosen, g.fp});
        const std::vector<Choice> order = fewest_switches(seen);
        std::map<size_t, Choice> all;
        bool moved = false;
        for (size_t i = 0; i < order.size(); ++i) {
            all.emplace(i, order[i]);
            moved |= order[i] != best[i].chosen;
        }
        if (moved && try_run(std::move(all))) {
            shrunk = true;
            continue;
        }
        const std::map<size_t, Choice> devs = deviations(best);
        for (auto it = devs.rbegin(); it != devs.rend() && !out_of_time(); ++it) {
            std::map<size_t, Choice> fewer = devs;
            fewer.erase(it->first);
            if (try_run(std::move(fewer))) {
                shrunk = true;
                break;
            }
        }
    }
    r.preemptions = static_cast<int>(fewest);
    r.schedule.demo = options.run.demo_id;
    r.schedule.params = options.run.params;
    r.story = tell(r.turns);
}

}  // namespace

void search_random(const ExploreOptions& options, ExploreResult& r, Clock::time_point t0, unsigned jobs, size_t steps,
                   std::atomic<bool>& stop) {
    Jobs js;
    uint64_t next = 0;
    std::optional<uint64_t> found;  // the seed of the first bad schedule
    std::vector<Granted> found_steps;
    const auto job = [&] {
        std::unique_lock lk(js.mu);
        while (!stop && next < options.random_runs) {
            if (budget_spent(options, r, since(t0))) {
                stop = true;
                break;
            }
            const uint64_t seed = options.seed + next++;
            ++r.progress.runs;
            lk.unlock();
            Pct pct(seed, options.pct_depth, steps);
            Outcome o = run_judged(options, pct, stop);
            lk.lock();
            r.progress.steps += pct.steps().size();
            ++r.random_done;
            if (pct.cut()) ++r.cut_off;
            if (stop) break;
            if (!o.j.error.empty()) {
                r.verdict = ExploreVerdict::Error;
                r.error = o.j.error;
                stop = true;
            } else if (!o.j.bad.empty()) {
                found = seed;
                found_steps = pct.steps();
                r.reason = o.j.bad;
                r.schedule = std::move(o.obs.schedule);
                r.turns = story_of(o.obs.store);
                stop = true;
            }
        }
        --js.running;
        js.cv.notify_all();
    };
    drive(options, r, js, std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(options.random_runs))), job, stop,
          [] {}, t0);
    if (!found) return;
    r.found_seed = found;
    shrink(options, r, t0, found_steps);
}

bool try_switching(const ExploreOptions& options, ExploreResult& r, Clock::time_point t0, std::atomic<bool>& stop) {
    SwitchAfterAcquire s;
    Outcome o;
    // On a job thread, so that a cancel stops the run at once (drive); r is
    // touched only once it is back.
    Jobs js;
    drive(options, r, js, 1, [&] {
        Outcome ran = run_judged(options, s, stop);
        std::lock_guard lk(js.mu);
        o = std::move(ran);
        --js.running;
        js.cv.notify_all();
    }, stop, [] {}, t0);
    if (stop) return false;  // cancelled
    ++r.progress.runs;
    r.switching_tried = true;
    r.progress.steps += s.steps().size();
    if (!o.j.error.empty()) {
        r.verdict = ExploreVerdict::Error;
        r.error = o.j.error;
        return false;
    }
    if (o.j.bad.empty()) return false;
    r.reason = o.j.bad;
    r.schedule = std::move(o.obs.schedule);
    r.turns = story_of(o.obs.store);
    r.by_switching = true;
    shrink(options, r, t0, s.steps());
    return true;
}

}  // namespace il::core::explore_detail
