#include "core/explore/explore.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "core/common/i18n.hpp"
#include "core/explore/explore_detail.hpp"
#include "core/explore/independence.hpp"
#include "core/explore/story.hpp"
#include "core/runtime/registry.hpp"

namespace il::core {

namespace explore_detail {

static bool can_proceed(const std::vector<Choice>& cs, uint16_t w) {
    return std::find(cs.begin(), cs.end(), Choice{w, Grant::Proceed}) != cs.end();
}

// The default scheduler: the worker granted last goes on while it can and is
// not about to sleep (a sleep gives the processor away, as it does for
// real); otherwise the next worker in turn after it that can go on; when
// nobody can, the first time-out. Deterministic, so a schedule is its
// prefix.
Choice default_choice(const Arena& a, const std::vector<Choice>& cs, uint16_t last) {
    if (last != kNoWorker && can_proceed(cs, last) &&
        static_cast<OpKind>(a.worker(last).pending_op.load(std::memory_order_acquire)) != OpKind::Sleep)
        return {last, Grant::Proceed};
    if (const Choice* c = next_in_turn(cs, last)) return *c;
    return cs.front();
}

const Choice* next_in_turn(const std::vector<Choice>& cs, uint16_t after, uint16_t skip) {
    const Choice* first = nullptr;  // the first that can go on, for wrapping round
    for (const Choice& c : cs) {
        if (c.grant != Grant::Proceed || c.worker == skip) continue;
        if (after == kNoWorker || c.worker > after) return &c;
        if (!first) first = &c;
    }
    return first;
}

Observation run_one(const ExploreOptions& options, Strategy& strategy, const std::atomic<bool>& stop, std::string& error) {
    ObserveOptions o;
    o.run = options.run;
    o.run.mode = DirectorMode::Step;
    o.strategy = &strategy;
    o.timeout_s = options.run_timeout_s;
    o.stop_requested = [&stop]() -> std::string { return stop.load() ? "the search ended" : ""; };
    Observation obs;
    try {
        obs = observe_run(o);
    } catch (const std::exception& e) {  // a bad target or parameter, or the run could not start
        error = e.what();
    }
    return obs;
}

Judged judge(const ExploreOptions& options, const Observation& obs, bool cut_off, bool first) {
    Judged j;
    // Bad? A deadlock or stuck run; a run that failed by itself (not one this
    // search cut off or timed out: a spin that only a preemption ends is not
    // a bug); the caller's condition not holding at the end of a run that
    // completed.
    j.cut = cut_off || (obs.stopped && obs.status == StepStatus::Running);
    if (options.goal && !j.cut) {
        try {
            j.bad = options.goal(obs);
        } catch (const std::runtime_error& e) {  // a goal naming a result, worker or lock the run lacks
            j.error = e.what();
        }
    } else if (options.goal) {
        // cut off: not judged
    } else if (obs.status == StepStatus::Deadlock || obs.status == StepStatus::Stuck) {
        j.bad = obs.outcome;
    } else if (j.cut && first) {
        // The schedule without a preemption never ended: every other one is
        // as long. Say so rather than search blind.
        j.error = cut_off ? i18n::trf("its first schedule was still going after {steps} steps: explore needs a "
                                      "small run (give it smaller parameters), or it spins for ever unless "
                                      "another worker is let in",
                                      {{"steps", std::to_string(kMaxSteps)}})
                          : i18n::trf("its first schedule did not end in time ({outcome})", {{"outcome", obs.outcome}});
    } else if (j.cut) {
        // not judged; its branches are still searched
    } else if (obs.failed) {
        j.bad = obs.outcome;
    } else if (options.expect) {
        try {
            if (!options.expect->holds(obs.store.results()))
                j.bad = i18n::trf("{condition} does not hold", {{"condition", options.expect->with_values(obs.store.results())}});
        } catch (const ExpectError& e) {
            j.error = e.what();
        }
    }
    return j;
}

}  // namespace explore_detail

using namespace explore_detail;

namespace {

// A schedule of the search tree: the choices to follow before the default
// takes over, and how many of them are preemptions.
struct Prefix {
    std::vector<Choice> choices;
    int preemptions = 0;
};

// One step of a run: what could be granted, what the default would have
// granted, and what was.
struct Step {
    std::vector<Choice> choices;
    Choice dflt, chosen;
    std::vector<Choice> others;  // the choices not taken that a preemption may take (ExploreOptions::players)
    std::vector<uint64_t> keys;  // with reduction: the state each of `others` would reach (TraceKey)
};

// The partial-order reduction's memory (ExploreOptions::reduce): for each
// state reached (a TraceKey) with the worker that ran last, the fewest
// preemptions of a schedule that went on from it by the default. From
// there on every schedule is the same, and its branches have no more
// preemptions than another's would, so a schedule reaching it again with as
// many or more has nothing new. Shared by the job threads.
class Reduction {
public:
    // True when (key, last) is new or now reached with fewer preemptions
    // (and so claimed); false when it is already searched.
    bool claim(uint64_t key, uint16_t last, int preemptions) {
        std::lock_guard g(mu_);
        if (best_.size() >= kRemembered) {  // full: search on without it (more runs, still every state)
            const auto it = best_.find(Key{key, last});
            if (it == best_.end() || it->second > preemptions) return true;
            ++skipped_;
            return false;
        }
        states_.insert(key);
        auto [it, fresh] = best_.try_emplace(Key{key, last}, preemptions);
        if (fresh) return true;
        if (it->second <= preemptions) {
            ++skipped_;
            return false;
        }
        it->second = preemptions;
        return true;
    }
    uint64_t states() {
        std::lock_guard g(mu_);
        return states_.size();
    }
    uint64_t skipped() {
        std::lock_guard g(mu_);
        return skipped_;
    }

private:
    struct Key {
        uint64_t state;
        uint16_t last;
        bool operator==(const Key&) const = default;
    };
    struct Hash {
        size_t operator()(const Key& k) const { return k.state ^ (uint64_t{k.last} * 0x9E3779B97F4A7C15ull); }
    };
    // About 200 bytes a state with its worker, both tables together
    // (measured: 88 MB resident at 365,000 states): a long search stops
    // remembering new ones at a million, some 200 MB.
    static constexpr size_t kRemembered = 1'000'000;
    std::mutex mu_;
    std::unordered_map<Key, int, Hash> best_;
    std::unordered_set<uint64_t> states_;
    uint64_t skipped_ = 0;
};

// Follows the prefix, then the default scheduler (default_choice). Records
// every step's choices and the default's pick, from which the search makes
// the next schedules.
class Follow final : public Strategy {
public:
    Follow(const Prefix& p, const std::vector<std::string>& players, Reduction* reduction)
        : prefix_(p), players_(players), reduction_(reduction) {}
    std::optional<Choice> next(const Arena& a, const std::vector<Choice>& cs, std::string& error) override {
        if (at_step_limit(steps_.size(), cut_, error)) return std::nullopt;
        const uint16_t last = steps_.empty() ? kNoWorker : steps_.back().chosen.worker;
        // Past the prefix's end (claimed when it was filed), a state already
        // searched ends the run: what follows was, or will be, searched there.
        if (reduction_ && steps_.size() > prefix_.choices.size() &&
            !reduction_->claim(key_.key(), last, prefix_.preemptions)) {
            pruned_ = true;
            error = "a state already searched";
            return std::nullopt;
        }
        const Choice dflt = default_choice(a, cs, last);
        Choice pick = dflt;
        if (steps_.size() < prefix_.choices.size()) {
            pick = prefix_.choices[steps_.size()];
            if (std::find(cs.begin(), cs.end(), pick) == cs.end()) {
                diverged_ = true;
                error = "the run did not repeat itself: step " + std::to_string(steps_.size() + 1) +
                        " of its schedule cannot be granted";
                return std::nullopt;
            }
        }
        Step st{cs, dflt, pick, {}, {}};
        for (const Choice& c : cs)
            if (c != pick && is_player(a, c.worker)) {
                st.others.push_back(c);
                if (reduction_) st.keys.push_back(key_.key_with(footprint_of(a, c)));
            }
        if (reduction_) key_.add(footprint_of(a, pick));
        steps_.push_back(std::move(st));
        return pick;
    }
    const std::vector<Step>& steps() const { return steps_; }
    bool diverged() const { return diverged_; }
    bool cut() const { return cut_; }
    bool pruned() const { return pruned_; }

private:
    bool is_player(const Arena& a, uint16_t w) const {
        return players_.empty() || std::find(players_.begin(), players_.end(), a.worker_name(w)) != players_.end();
    }
    const Prefix& prefix_;
    const std::vector<std::string>& players_;
    Reduction* reduction_;
    TraceKey key_;
    std::vector<Step> steps_;
    bool diverged_ = false, cut_ = false, pruned_ = false;
};


// What one schedule's run came to.
struct Ran {
    size_t steps = 0;
    bool diverged = false, cut = false;
    std::string bad;    // a bug: what went wrong
    std::string error;  // the search cannot go on
    Schedule schedule;
    std::vector<StoryTurn> turns;
    std::vector<Prefix> children;  // the schedules it passed by, one preemption more
};

// `stop`: set when the search ends (a bug found elsewhere, a cancel); a run
// still going is stopped, its process group killed, and not judged.
Ran run_schedule(const ExploreOptions& options, const Prefix& prefix, int max_p, const std::atomic<bool>& stop,
                 Reduction* reduction) {
    Ran ran;
    Follow follow(prefix, options.players, reduction);
    std::string error;
    Observation obs = run_one(options, follow, stop, error);
    if (!error.empty()) {
        ran.error = std::move(error);
        return ran;
    }
    ran.steps = follow.steps().size();
    if (obs.interrupted) return ran;  // the search ended while it ran: not judged, not counted
    if (follow.diverged()) {
        ran.diverged = true;
        return ran;
    }
    // Cut short at a state already searched: its end was judged there.
    const Judged verdict = follow.pruned() ? Judged{} : judge(options, obs, follow.cut(), prefix.choices.empty());
    ran.cut = verdict.cut;
    if (!verdict.error.empty()) {
        ran.error = verdict.error;
        return ran;
    }
    if (!verdict.bad.empty()) {
        ran.bad = verdict.bad;
        ran.schedule = std::move(obs.schedule);
        ran.turns = story_of(obs.store);
        return ran;
    }
    // Past the prefix every step took the default; each other choice there
    // is a schedule with one preemption more.
    const std::vector<Step>& steps = follow.steps();
    const int p = prefix.preemptions + 1;
    if (p > max_p) return ran;
    std::vector<Choice> path(prefix.choices);
    for (size_t j = prefix.choices.size(); j < steps.size(); ++j) {
        for (size_t k = 0; k < steps[j].others.size(); ++k) {
            const Choice& c = steps[j].others[k];
            if (reduction && !reduction->claim(steps[j].keys[k], c.worker, p)) continue;
            Prefix next{path, p};
            next.choices.push_back(c);
            ran.children.push_back(std::move(next));
        }
        path.push_back(steps[j].chosen);
    }
    return ran;
}

}  // namespace

ExploreResult explore(const ExploreOptions& options) {
    ExploreResult r;
    const auto t0 = Clock::now();
    const int max_p = std::max(0, options.max_preemptions);
    const unsigned jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    // pending[b]: schedules with b preemptions not yet run. A schedule's
    // children have one preemption more, so a bound's list only shrinks while
    // it is searched, and the next bound starts when it is empty and every
    // run of this one is back: the first bug found has the fewest preemptions.
    std::vector<std::vector<Prefix>> pending(static_cast<size_t>(max_p) + 1);
    pending[0].push_back({});
    Jobs js;  // its mutex guards pending and r; stop is written under it too
    std::atomic<bool> stop = false;  // also read by the runs in flight (run_schedule)
    std::optional<Reduction> reduction;
    if (options.reduce) reduction.emplace();
    size_t first_steps = 0;          // the default schedule's length, for the random phase
    const auto count_pending = [&] {
        uint64_t n = 0;
        for (const auto& p : pending) n += p.size();
        return n;
    };
    for (int bound = 0; bound <= max_p && !stop; ++bound) {
        auto& stack = pending[static_cast<size_t>(bound)];
        const auto worker = [&] {
            std::unique_lock lk(js.mu);
            while (!stop && !stack.empty()) {
                if (budget_spent(options, r, since(t0))) {
                    stop = true;
                    break;
                }
                const Prefix prefix = std::move(stack.back());
                stack.pop_back();
                ++r.progress.runs;  // counted when started, so the budget holds with several jobs
                lk.unlock();
                Ran ran = run_schedule(options, prefix, max_p, stop, reduction ? &*reduction : nullptr);
                lk.lock();
                r.progress.steps += ran.steps;
                if (prefix.choices.empty()) first_steps = ran.steps;
                if (ran.diverged) ++r.diverged;
                if (ran.cut) ++r.cut_off;
                if (stop) break;  // another job found a bug or an error meanwhile
                if (!ran.error.empty()) {
                    r.verdict = ExploreVerdict::Error;
                    r.error = std::move(ran.error);
                    stop = true;
                } else if (!ran.bad.empty()) {
                    r.verdict = ExploreVerdict::Found;
                    r.schedule = std::move(ran.schedule);
                    r.schedule.demo = options.run.demo_id;
                    r.schedule.params = options.run.params;
                    r.preemptions = prefix.preemptions;
                    r.reason = std::move(ran.bad);
                    r.story = tell(ran.turns);
                    r.turns = std::move(ran.turns);
                    r.complete_bound = bound - 1;
                    stop = true;
                } else {
                    for (Prefix& c : ran.children) pending[static_cast<size_t>(c.preemptions)].push_back(std::move(c));
                }
            }
            --js.running;
            js.cv.notify_all();
        };
        r.progress.bound = bound;
        const unsigned n = std::min<unsigned>(jobs, static_cast<unsigned>(std::max<size_t>(1, stack.size())));
        const auto refresh = [&] {
            r.progress.pending = count_pending();
            if (reduction) r.progress.states = reduction->states(), r.progress.skipped = reduction->skipped();
        };
        drive(options, r, js, n, worker, stop, refresh, t0);
        if (!stop) r.complete_bound = bound;
        // One more schedule before the bounds with preemptions: the one that
        // switches after every acquire (ExploreOptions::switching).
        if (!stop && bound == 0 && max_p >= 1 && options.switching && !budget_spent(options, r, since(t0)) &&
            (try_switching(options, r, t0, stop) || r.verdict == ExploreVerdict::Error))
            stop = true;
    }
    if (!stop && options.random_runs > 0) search_random(options, r, t0, jobs, first_steps, stop);
    if (!stop) r.verdict = ExploreVerdict::None;
    r.progress.pending = count_pending();
    if (reduction) r.progress.states = reduction->states(), r.progress.skipped = reduction->skipped();
    r.progress.seconds = since(t0);
    return r;
}

bool reduce_by_default(const std::string& target) {
    const DemoInfo* d = Registry::find(target);
    return d && !is_program(*d) && d->visible_sharing;
}

namespace explore_detail {

bool budget_spent(const ExploreOptions& options, ExploreResult& r, double seconds) {
    if ((options.max_runs != 0 && r.progress.runs >= options.max_runs) ||
        (options.max_seconds > 0 && seconds >= options.max_seconds)) {
        r.verdict = ExploreVerdict::OutOfBudget;
        return true;
    }
    return false;
}

void drive(const ExploreOptions& options, ExploreResult& r, Jobs& jobs, unsigned n, const std::function<void()>& job,
           std::atomic<bool>& stop, const std::function<void()>& refresh, Clock::time_point t0) {
    {
        std::lock_guard lk(jobs.mu);
        jobs.running = n;
    }
    std::vector<std::thread> threads;
    for (unsigned i = 0; i < n; ++i) threads.emplace_back(job);
    // This thread reports progress and passes a cancel on until the jobs are done.
    {
        std::unique_lock lk(jobs.mu);
        while (jobs.running > 0) {
            jobs.cv.wait_for(lk, std::chrono::milliseconds(100));
            refresh();
            r.progress.seconds = since(t0);
            const ExploreProgress now = r.progress;
            lk.unlock();
            const bool cancel = options.cancelled && options.cancelled();
            if (options.on_progress) options.on_progress(now);
            lk.lock();
            if (cancel && !stop) {
                r.verdict = ExploreVerdict::OutOfBudget;
                r.cancelled = true;
                stop = true;
            }
        }
    }
    for (std::thread& t : threads) t.join();
}

}  // namespace explore_detail

namespace {

// Replays a schedule, counting the grants that differ from the default's.
class CountingReplay final : public Strategy {
public:
    CountingReplay(const Schedule& s, const std::vector<std::string>& players)
        : replay_(make_replay(s)), players_(players) {}
    std::optional<Choice> next(const Arena& a, const std::vector<Choice>& cs, std::string& error) override {
        const Choice dflt = default_choice(a, cs, last_);
        const std::optional<Choice> c = replay_->next(a, cs, error);
        if (!c) return c;
        if (*c != dflt) {
            ++preemptions_;
            if (!players_.empty() && foreign_.empty() &&
                std::find(players_.begin(), players_.end(), a.worker_name(c->worker)) == players_.end())
                foreign_ = std::string(a.worker_name(c->worker));
        }
        last_ = c->worker;
        return c;
    }
    size_t unused_steps() const override { return replay_->unused_steps(); }
    int preemptions() const { return preemptions_; }
    const std::string& foreign() const { return foreign_; }

private:
    std::unique_ptr<Strategy> replay_;
    const std::vector<std::string>& players_;
    uint16_t last_ = kNoWorker;
    int preemptions_ = 0;
    std::string foreign_;
};

}  // namespace

CountedReplay replay_counted(const RunOptions& run, const Schedule& schedule,
                             const std::vector<std::string>& players, double timeout_s) {
    CountingReplay strategy(schedule, players);
    ObserveOptions o;
    o.run = run;
    o.run.mode = DirectorMode::Replay;
    o.strategy = &strategy;
    o.timeout_s = timeout_s;
    CountedReplay out;
    out.obs = observe_run(o);
    out.preemptions = strategy.preemptions();
    out.foreign = strategy.foreign();
    return out;
}

std::string describe(const ExploreResult& r) {
    const std::string runs = std::to_string(r.progress.runs - r.random_done - r.shrink_runs - (r.switching_tried ? 1 : 0));
    std::string s = r.complete_bound < 0
                        ? i18n::trf("{runs} schedules run; not even those without a preemption were all tried", {{"runs", runs}})
                        : i18n::trf("every schedule with up to {bound} preemptions ({runs} schedules run)",
                                    {{"bound", std::to_string(r.complete_bound)}, {"runs", runs}});
    if (r.random_done > 0)
        s += i18n::trf(", and {n} random schedules (PCT)", {{"n", std::to_string(r.random_done)}});
    return s;
}

}  // namespace il::core
