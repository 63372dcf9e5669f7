// core/observer/director.hpp — step and replay mode, observer side.
//
// In step/replay mode every worker parks at each checkpoint (core/runtime/runtime.cpp)
// and only moves when granted. The StepController runs in the observer:
//   1. wait_quiescent(): every started worker is parked or done (the arena's
//      in_flight count is 0), so the arena holds still;
//   2. refresh(): marks each parked worker Ready or Blocked (director-ring
//      events), finds deadlock cycles and the stuck state;
//   3. grant(worker): hands the worker one operation; it runs up to its next
//      checkpoint and parks again.
// Every grant is appended to the recorded Schedule. Strategies pick grants for
// headless runs: round-robin, seeded random, or a schedule to replay.
//
// Thread rules: one observer thread drives a StepController.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/common/arena.hpp"
#include "core/common/deadlock.hpp"
#include "core/observer/schedule.hpp"

namespace il::core {

struct Choice {
    uint16_t worker = kNoWorker;
    Grant grant = Grant::Proceed;  // Proceed, or TimeOut for a timed wait that cannot proceed
    bool operator==(const Choice&) const = default;
};

// Waiting: nobody parked can go on, but a worker is in uninstrumented code
// (core/primitives/outside.hpp) and will come back by itself — not stuck.
enum class StepStatus { Running, Finished, Deadlock, Stuck, Waiting };

class StepController {
public:
    // `max_recorded`: grants kept for schedule() (tests lower it).
    explicit StepController(Arena& arena, uint64_t max_recorded = kMaxRecordedSteps);

    // Waits until the run holds still (or timeout_ns passes; -1 forever).
    // `alive` is asked every few ms; when it returns false the wait ends.
    bool wait_quiescent(int64_t timeout_ns, const std::function<bool()>& alive = {});

    // After quiescence: updates Ready/Blocked, detects deadlock/stuck, returns
    // what can be granted now (in worker order).
    std::vector<Choice> refresh();
    StepStatus status() const { return status_; }
    const std::optional<Cycle>& cycle() const { return cycle_; }
    // Human-readable reason for Deadlock / Stuck / Waiting.
    std::string describe_status() const;
    // True once a worker came back from uninstrumented code since the last
    // refresh(): the choices are stale.
    bool outside_moved() const;

    // Grants one operation. Throws std::logic_error when `c` is not a valid choice.
    void grant(const Choice& c);

    // The grants so far, with `params` (the demo's name is the caller's to
    // set). Built on demand: O(steps). Empty of steps past the first
    // kMaxRecordedSteps when !schedule_complete().
    Schedule schedule() const;
    void set_params(std::vector<std::string> params) { params_ = std::move(params); }
    uint64_t steps() const { return steps_; }
    // False once the run has outgrown kMaxRecordedSteps: the grants are no
    // longer kept, so the run can be neither saved as a schedule nor undone.
    bool schedule_complete() const { return grants_.size() == steps_; }
    // Two bytes a step (2^25 steps: 64 MiB); at ~30 µs a grant that is over a
    // quarter of an hour of non-stop stepping.
    static constexpr uint64_t kMaxRecordedSteps = 1ull << 25;

private:
    bool started(uint16_t w) const;
    std::string describe_outside() const;
    uint32_t outside_epoch_ = 0;  // outside_epoch at the last refresh()
    // Workers whose process died (between checkpoints, or killed while parked)
    // never park again: count them out.
    void release_dead_workers();
    Arena& arena_;
    // One entry per grant: the worker's index, with kTimeoutBit for a timeout.
    // Two bytes rather than a ScheduleStep's forty: a step-mode run of
    // millions of steps must not grow the observer without bound.
    static constexpr uint16_t kTimeoutBit = 0x8000;
    std::vector<uint16_t> grants_;
    uint64_t steps_ = 0;
    uint64_t max_recorded_;
    std::vector<std::string> params_;
    std::vector<Choice> choices_;
    std::vector<uint8_t> last_state_;  // per worker: state last announced (to emit only changes)
    StepStatus status_ = StepStatus::Running;
    std::optional<Cycle> cycle_;
};

// Picks the next grant among `choices` (never empty).
class Strategy {
public:
    virtual ~Strategy() = default;
    // Returns the choice, or an error message (replay divergence).
    virtual std::optional<Choice> next(const Arena& arena, const std::vector<Choice>& choices, std::string& error) = 0;
    // Steps it was given but never granted: a replay whose run ended before
    // its schedule did did not reproduce that schedule (0 for the others).
    virtual size_t unused_steps() const { return 0; }
};

// "replay incomplete: the run ended with 3 of 10 schedule steps unused (…)"
std::string describe_unused_steps(size_t unused, size_t total);

// Takes turns: the first enabled worker after the one granted last. Prefers
// proceeding over timing out; a time-out is chosen only when nobody can proceed.
std::unique_ptr<Strategy> make_round_robin();
// Uniform among the choices (proceed and time-out alike), from a seed.
std::unique_ptr<Strategy> make_random(uint64_t seed);
// Follows a recorded schedule; a step that does not fit is an error naming
// the step number, what the schedule wanted and what was possible. Steps left
// when the run ends are reported by unused_steps(); the caller fails the run.
std::unique_ptr<Strategy> make_replay(Schedule schedule);

// "Thread-1, Thread-2 (time out)"
std::string describe_choices(const Arena& arena, const std::vector<Choice>& choices);

}  // namespace il::core
