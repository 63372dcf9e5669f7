// core/explore/explore.hpp — explore mode: search the schedules of a demo or
// a Python program for one that goes wrong.
//
// "Wrong" is a deadlock, a stuck run, a run that fails (an uncaught
// exception, a failed assert, a crash, a non-zero exit) or, when the caller
// states one, a condition over the run's final values that does not hold.
//
// The search is bounded by preemptions, counted against a deterministic
// default scheduler: the worker that ran last goes on while it can and is
// not about to sleep, otherwise the next one in turn. Every schedule runs in
// step mode in a run process of its own, re-executed from the start: it
// follows a prefix of choices, then the default. A preemption is a grant
// other than the default's: taking the processor from a worker that could go
// on, or, where it cannot, letting in another worker than the next in turn
// (delay bounding, Emmi, Qadeer and Rakamarić, POPL 2011; CHESS's
// preemption bound, with the default's free switches made deterministic, so
// that the schedules with k preemptions are polynomially many). All
// schedules with 0 preemptions (exactly one) are tried first, then those
// with 1, then 2 …, depth-first within a bound, so the first bad schedule
// found has the fewest preemptions of any. Each schedule is run once.
// Options add: one schedule that switches after every acquire (`switching`),
// skipping schedules that reach a state already searched (`reduce`,
// core/explore/independence.hpp), and random PCT schedules afterwards.
//
// Thread rules: explore() blocks the calling thread until the search ends,
// running `jobs` schedules at once on threads of its own (each observes its
// own run process); on_progress and cancelled are called on the calling
// thread, about ten times a second. With several jobs, which of the failing
// schedules with the fewest preemptions is reported depends on timing; with
// one job the search is deterministic.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/explore/expect.hpp"
#include "core/explore/story.hpp"
#include "core/observer/observe.hpp"
#include "core/observer/schedule.hpp"

namespace il::core {

struct ExploreOptions {
    RunOptions run;                       // the target and its parameters; the mode is set to step
    std::optional<Expectation> expect;    // a bad run is also one where this does not hold
    int max_preemptions = 2;
    uint64_t max_runs = 0;                // 0: no limit
    double max_seconds = 60;              // the whole search; 0: no limit
    double run_timeout_s = 10;            // one schedule
    unsigned jobs = 0;                    // schedules run at once, each in its own run process; 0: one per core
    // What counts as found, instead of the default (a deadlock, a stuck or
    // failed run, `expect` not holding): non-empty says why this run is it.
    // A challenge's goal (core/explore/challenge.hpp).
    std::function<std::string(const Observation&)> goal;
    // Who a preemption may hand the processor to (worker names); empty: anyone.
    std::vector<std::string> players;
    // Partial-order reduction: a schedule whose steps only reorder steps on
    // different objects of one already searched (reaching the same state,
    // with the same worker about to go on, within no more preemptions) is
    // skipped, and so is the rest of a run once it reaches such a state.
    // Exact when the target's workers share plain values only through the
    // runtime (DemoInfo::visible_sharing, reduce_by_default()); not for
    // goals judged over the order of steps (a starved worker, a section).
    bool reduce = false;
    // After the bounded search finds nothing: this many random schedules
    // (PCT, seeds seed, seed + 1, …, pct_depth - 1 priority change points);
    // a bad one is shrunk to fewer preemptions while it still goes wrong.
    uint64_t random_runs = 0;
    uint64_t seed = 1;
    int pct_depth = 3;
    // After the schedule without preemptions, one that hands the processor
    // on after every acquire (each worker takes one lock, then the next
    // worker goes): a ring of waits such as five philosophers' shows in one
    // run, where the bounded search would need a preemption per philosopher.
    // A bug it finds is shrunk, and the result says that it was found so
    // (not proved the fewest). Off where the fewest is the point (par).
    bool switching = false;
    std::function<void(const struct ExploreProgress&)> on_progress;
    std::function<bool()> cancelled;      // asked between runs
};

struct ExploreProgress {
    uint64_t runs = 0;           // schedules run so far
    uint64_t steps = 0;          // grants made in all of them
    int bound = 0;               // the preemption bound being searched
    uint64_t pending = 0;        // schedules known but not yet run (all bounds)
    uint64_t states = 0;         // with `reduce`: distinct states reached (orders of steps up to reordering)
    uint64_t skipped = 0;        // with `reduce`: schedules skipped, or cut short, as reaching a state already searched
    double seconds = 0;
};

enum class ExploreVerdict {
    Found,      // a bad schedule: `schedule`, `reason`
    None,       // every schedule within max_preemptions was run, none bad
    OutOfBudget,  // runs, time or cancel ended it first: `covered` says how far it got
    Error,      // the target could not be run, or a condition names no result: `error`
};

struct ExploreResult {
    ExploreVerdict verdict = ExploreVerdict::None;
    ExploreProgress progress;     // at the end
    int complete_bound = -1;      // every schedule with at most this many preemptions was run
    // Found:
    Schedule schedule;            // the bad run's grants, replayable (demo and params filled in)
    int preemptions = 0;
    std::string reason;           // the outcome ("deadlock: …") or the condition that failed, with values
    std::string story;            // who did what, in turns (core/explore/story.hpp), told in one line
    std::vector<StoryTurn> turns; // … the turns themselves (the window lists them)
    // Error:
    std::string error;
    // Runs whose schedule could not be followed (the target is not
    // deterministic under replay); they are skipped, and counted here.
    uint64_t diverged = 0;
    // Runs cut off (too many steps, or over run_timeout_s): not judged, but
    // their branches are searched.
    uint64_t cut_off = 0;
    bool cancelled = false;       // OutOfBudget because `cancelled` said so (runs in flight were stopped)
    // The random phase (ExploreOptions::random_runs): schedules run, and for
    // a bug it found, the seed that drew it and the runs spent shrinking it.
    uint64_t random_done = 0;
    std::optional<uint64_t> found_seed;
    bool switching_tried = false; // ExploreOptions::switching's schedule was run (counted in progress.runs)
    bool by_switching = false;    // … and found the bug
    int drawn_preemptions = 0;    // the preemptions of the schedule PCT (or switching) drew, before shrinking
    uint64_t shrink_runs = 0;
};

ExploreResult explore(const ExploreOptions& options);

// Whether explore reduces `target` unless told otherwise: a compiled-in demo
// that declares all its sharing visible (DemoInfo::visible_sharing). Never a
// Python program: its plain objects are shared between threads unseen.
bool reduce_by_default(const std::string& target);

// Replays `schedule` (step mode, its grants in order) and counts its
// preemptions as explore does, against the default scheduler. `foreign`
// names the first worker a preemption handed the processor to who is not
// among `players` (when players is not empty).
struct CountedReplay {
    Observation obs;
    int preemptions = 0;
    std::string foreign;
};
CountedReplay replay_counted(const RunOptions& run, const Schedule& schedule,
                             const std::vector<std::string>& players, double timeout_s);

// "every schedule with up to 2 preemptions (37 runs)" and the like, for the CLI and the window.
std::string describe(const ExploreResult& r);

}  // namespace il::core
