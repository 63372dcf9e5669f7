// core/explore/goals.hpp — goals judged over a stepped run's trace: two workers
// inside one critical section at once, a worker starved, a process orphaned
// while it still runs, and a zombie left unreaped.
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
//  - A process is orphaned when its parent ends while it still runs (the
//    Orphaned event the exiting parent records, before the child's own
//    WorkerExit): a child that has already ended is a zombie handed over,
//    not an orphan.
//  - A process is a zombie from its WorkerExit until whoever waits for it
//    records Reaped (or the run ends): N steps of others in that time is a
//    zombie left for N steps.
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

// How a process was orphaned ("Child-1/Child-1 was orphaned: Child-1 ended
// while it still ran (step 7)"), or "". `worker` empty: any process. Throws
// GoalError when the run has no such worker.
std::string orphaned(const TraceStore& store, const std::string& worker);

// How a process stayed a zombie, ended but not waited for, while the others
// took `steps` steps ("Child-1 stayed a zombie while the others took 3
// steps (steps 5–7)"), or "". `worker` empty: any process.
std::string zombie(const TraceStore& store, const std::string& worker, uint32_t steps);

}  // namespace il::core
