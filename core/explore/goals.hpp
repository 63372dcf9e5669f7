// core/explore/goals.hpp — goals judged over a stepped run's trace: two workers
// inside one critical section at once, and a worker starved.
//
// Both read the trace of a run in step or replay mode (explore and check
// always step): its Step events (one per grant, with the worker and the
// line of the operation granted), its Ready and Block events, and the
// Obtain and Release events of locks and semaphores.
//
//  - A critical section named by lines [first, last] of the target's source
//    holds a worker from the grant of an operation on one of those lines
//    until the grant of an operation on a line outside them (or its end).
//  - One named by a lock holds a worker from its Obtain of that lock to its
//    Release: two at once is what a Lock forbids, and a Semaphore(2) allows.
//  - A worker is starved for N steps when it stays ready (enabled) while
//    the others are granted N steps in a row and it none.
//
// Thread rules: plain functions over a finished TraceStore.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

#include "core/trace/trace.hpp"

namespace il::core {

// A goal that names a worker or a lock the run does not have: the message lists those it has.
struct GoalError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Section {
    uint32_t first_line = 0, last_line = 0;  // lines, inclusive; 0: named by `lock`
    std::string lock;
    std::string describe() const;            // "lines 12–14", "the section guarded by mutex"
};

// How two workers came to be inside `s` at once ("Thread-1 and Thread-2 are
// both inside lines 12–14 (step 9)"), or "" when they never were. Throws
// GoalError when the lock is not one of the run's objects.
std::string two_inside(const TraceStore& store, const Section& s);

// How `worker` was starved for `steps` steps ("Thread-2 stayed ready while
// the others took 10 steps (steps 4–13)"), or "". Throws GoalError when the
// run has no such worker.
std::string starved(const TraceStore& store, const std::string& worker, uint32_t steps);

}  // namespace il::core
