// core/explore/explore_detail.hpp — what explore's two searches share
// (explore.cpp: preemption-bounded; random_search.cpp: PCT, then shrinking):
// the default scheduler, running one schedule, judging it, and driving jobs.
// Not for callers outside core/explore.
//
// Thread rules: run_one and judge are called from the search's job threads,
// each with its own strategy; drive() runs on the calling thread.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "core/explore/explore.hpp"

namespace il::core::explore_detail {

using Clock = std::chrono::steady_clock;
inline double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// The longest schedule explored: a run still going after this many steps is
// cut off (a worker spinning on a flag that only a preemption would set
// spins for ever under the default), counted, and not reported as a bug.
inline constexpr size_t kMaxSteps = 5000;

// The default scheduler: the worker granted last goes on while it can and is
// not about to sleep (a sleep gives the processor away, as it does for
// real); otherwise the next worker in turn after it that can go on; when
// nobody can, the first time-out. Deterministic, so a schedule is its
// prefix. A grant other than its pick is a preemption.
Choice default_choice(const Arena& a, const std::vector<Choice>& cs, uint16_t last);

// The choice to go on of the first worker after `after` in turn (wrapping
// round; any, for kNoWorker), leaving out `skip`; nullptr when nobody can go on.
const Choice* next_in_turn(const std::vector<Choice>& cs, uint16_t after, uint16_t skip = kNoWorker);

// True, with `cut` set and `error` saying so, once a run has had kMaxSteps
// steps: a strategy then stops granting.
inline bool at_step_limit(size_t steps, bool& cut, std::string& error) {
    if (steps < kMaxSteps) return false;
    cut = true;
    error = "cut off after " + std::to_string(kMaxSteps) + " steps";
    return true;
}

// Runs the target once in step mode, `strategy` granting; `stop` ends it
// early. `error` is set when it could not start (a bad target or parameter).
Observation run_one(const ExploreOptions& options, Strategy& strategy, const std::atomic<bool>& stop, std::string& error);

struct Judged {
    std::string bad;    // a bug: what went wrong
    std::string error;  // the search cannot go on
    bool cut = false;   // cut off (too long, or over the run's timeout): not judged
};
// Judges a run that was not interrupted and followed its schedule.
// `cut_off`: the strategy cut it off; `first`: the default's own schedule.
Judged judge(const ExploreOptions& options, const Observation& obs, bool cut_off, bool first);

// Shared by a search phase's job threads and the calling thread.
struct Jobs {
    std::mutex mu;
    std::condition_variable cv;
    unsigned running = 0;  // job threads not yet finished
};

// Runs `job` on `n` threads; meanwhile, on the calling thread, every 100 ms
// calls `refresh` (under jobs.mu) to update r.progress, reports it, and
// passes a cancel on (r.verdict OutOfBudget, r.cancelled, `stop` set). A job
// decrements jobs.running and notifies jobs.cv when it returns.
void drive(const ExploreOptions& options, ExploreResult& r, Jobs& jobs, unsigned n, const std::function<void()>& job,
           std::atomic<bool>& stop, const std::function<void()>& refresh, Clock::time_point t0);

// True (and r.verdict OutOfBudget) when the runs or the seconds allowed are spent.
bool budget_spent(const ExploreOptions& options, ExploreResult& r, double seconds);

// Phase two: after a bounded search found nothing, options.random_runs
// schedules drawn by PCT (probabilistic concurrency testing: random worker
// priorities and depth - 1 random points where the running worker drops to
// the lowest), seeds options.seed, seed + 1, …; a bad one is then shrunk,
// every candidate run again and kept only while it still goes wrong with
// fewer preemptions: its steps greedily reordered to switch workers less (moving
// its preemptions; independence.hpp), and its preemptions dropped one at a time.
// `steps` is the default schedule's length (where the change points fall).
void search_random(const ExploreOptions& options, ExploreResult& r, Clock::time_point t0, unsigned jobs, size_t steps,
                   std::atomic<bool>& stop);

// ExploreOptions::switching: runs the one schedule that hands the processor
// on after every acquire; true (r Found, by_switching, shrunk as above) when
// it goes wrong, false when it does not; r.verdict Error when it could not run.
// A cancel during it sets `stop` (r OutOfBudget, cancelled) and returns false.
bool try_switching(const ExploreOptions& options, ExploreResult& r, Clock::time_point t0, std::atomic<bool>& stop);

}  // namespace il::core::explore_detail
