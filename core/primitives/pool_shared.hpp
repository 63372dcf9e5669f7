// core/primitives/pool_shared.hpp — a pool's face in the arena: what every process of
// the run and the observer can see of a Pool, ThreadPool or executor.
//
// A pool is one object slot (ObjectKind::Pool) plus a PoolShared block in the
// arena heap. The slot's `word` is the pool's state (Run, Close, Terminate),
// `capacity` its number of workers, `heap` the block's offset. The block
// holds what the inspector shows and what step mode's rule reads:
//   counters     tasks submitted, started, done, failed; callbacks run; jobs;
//                the backlog of tasks not yet handed to the workers' queue
//   workers[]    per worker position: who is there now (replaced when
//                maxtasksperchild retires a worker), the task it runs, how
//                many it completed
//   recent[]     the last results as Python would print them ("task 3 -> 9")
//   ready[]      one bit per job (an AsyncResult or Future), set when its
//                result is ready; a bit is reused every kPoolReadyBits jobs
// The parent-side pool objects (Pool, ThreadPoolExecutor …) own everything
// else; this file owns the block, the ResultWait protocol and the snapshot.
//
// Writers and ordering:
//  - counters and workers[] are written by whichever worker (thread or forked
//    process) does the work, with relaxed atomics: they are for display only.
//  - a job's ready bit is cleared (release) when the job is created, before
//    its tasks can reach a worker, and set (release) once its value is stored
//    and its waiters' word is set; op_enabled (observer) loads it with acquire.
//  - recent[] entries are seqlocks: odd while written. Writers first take
//    `recent_guard` with a try-lock and skip the note when busy (a display
//    preview may lose an entry; it never shows a torn one).
//
// ResultWait (wait_result): an AsyncResult.get/wait or Future.result publishes
// OpKind::ResultWait on the pool object with pending_value = the job, or -1
// when the result was already ready (so the rule cannot be fooled by a reused
// bit). Step mode grants it only once the job's bit is set (core/primitives/pool_rules.cpp);
// a timed wait may be granted "time out". In run mode the worker blocks on the
// pool object (the wait-for graph shows it) and sleeps on the job's own word.
//
// Thread rules: register_pool in the process that creates the pool; the
// worker-side helpers from any worker of the run; pool_contents from the
// observer (lock-free, racy-but-safe, exact when the run holds still).
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/arena.hpp"
#include "core/runtime/runtime.hpp"

namespace il::core {

enum class PoolKind : uint32_t { Pool, ThreadPool, ThreadPoolExecutor, ProcessPoolExecutor };
enum class PoolState : uint32_t { Run, Close, Terminate };

inline constexpr uint32_t kPoolMaxWorkers = 64;       // per pool (the arena holds 128 workers by default)
inline constexpr uint32_t kPoolReadyBits = 1u << 16;  // jobs whose readiness step mode can tell apart
inline constexpr uint32_t kPoolRecent = 16;
inline constexpr uint32_t kPoolRecentText = 52;

// Python's concurrent.futures.TimeoutError / multiprocessing.TimeoutError.
struct TimeoutError : std::runtime_error {
    TimeoutError() : std::runtime_error("TimeoutError") {}
};

struct PoolWorkerEntry {
    std::atomic<uint32_t> worker;     // worker index + 1; 0 before the first worker starts
    std::atomic<uint32_t> generation; // workers that have held this position
    std::atomic<int64_t> task;        // the task it runs now, -1 when idle
    std::atomic<uint64_t> completed;  // tasks it finished (this worker, not the position)
};

struct PoolRecent {
    std::atomic<uint32_t> seq;  // seqlock: odd while being written
    uint32_t ok;
    int64_t task;
    char text[kPoolRecentText];
};

struct PoolShared {
    uint32_t kind;       // PoolKind
    uint32_t workers_n;  // positions in use
    uint32_t taskqueue, inqueue, outqueue, notifier;  // internal queues (kNoObject if unused)
    std::atomic<uint64_t> submitted, started, done, failed, callbacks, jobs, jobs_ready;
    std::atomic<uint64_t> backlog;  // Pool: tasks submitted, still waiting in the parent for the task handler
    std::atomic<uint64_t> task_ns;  // time spent in task code, summed over finished tasks
    std::atomic<uint32_t> recent_next, recent_guard;
    PoolWorkerEntry workers[kPoolMaxWorkers];
    PoolRecent recent[kPoolRecent];
    std::atomic<uint64_t> ready[kPoolReadyBits / 64];
};

// Creates the pool's object and block. Throws ValueError for a worker count
// outside 1..kPoolMaxWorkers, RuntimeError when the arena is full.
uint32_t register_pool(PoolKind kind, std::string_view name, uint32_t workers, uint32_t line);
PoolShared& pool_shared(const Arena& a, uint32_t pool);
PoolShared& pool_shared(uint32_t pool);  // in this run's arena
PoolState pool_state(uint32_t pool);
void set_pool_state(uint32_t pool, PoolState s);

// Job readiness (see the header comment for the ordering).
void pool_job_created(uint32_t pool, uint64_t job);
void pool_job_ready(uint32_t pool, uint64_t job);
// The ResultWait rule: is `job` (pending_value; -1 = known ready) ready?
bool pool_result_ready(const Arena& a, const ObjectSlot& pool, int64_t job);

// A job's own words (in the process that owns the job): `ready` becomes 1
// once its value is stored; `sleepers` counts run-mode waiters about to sleep
// on `ready`, so publishing costs a wake syscall only when someone sleeps.
// Ordering: both sides use seq_cst (a waiter: sleepers++ then load ready; the
// publisher: store ready then load sleepers), so no wake-up is lost.
struct ResultWord {
    std::atomic<uint32_t> ready{0};
    std::atomic<uint32_t> sleepers{0};
};

// The ResultWait operation: waits until w.ready is set, at most timeout_ns
// (-1: forever; 0: just look). Returns false on timeout. A checkpoint.
bool wait_result(uint32_t pool, uint64_t job, ResultWord& w, int64_t timeout_ns, uint32_t line);
// Sets w.ready (after the job's value is stored), wakes sleepers, sets the job's bit.
void publish_result(uint32_t pool, uint64_t job, ResultWord& w);

// Bookkeeping for the inspector: the parent names each worker it makes for
// a position (before it starts); the workers note their tasks.
void pool_worker_arrived(uint32_t pool, uint32_t position, uint16_t worker);
void pool_task_started(uint32_t pool, uint32_t position, int64_t task);
void pool_task_finished(uint32_t pool, uint32_t position, bool ok, int64_t ns);
// The mean time a finished task took so far (-1 before the first one).
int64_t pool_mean_task_ns(uint32_t pool);
void pool_note_result(uint32_t pool, int64_t task, bool ok, std::string_view text);

// Observer side: a pool as the inspector shows it.
struct PoolSnapshot {
    PoolKind kind = PoolKind::Pool;
    PoolState state = PoolState::Run;
    uint32_t workers_n = 0;
    uint64_t submitted = 0, started = 0, done = 0, failed = 0, callbacks = 0, jobs = 0, jobs_ready = 0;
    uint32_t taskqueue = kNoObject, inqueue = kNoObject, outqueue = kNoObject;
    uint64_t backlog = 0;  // tasks waiting in the parent (Pool)
    uint64_t queued = 0;   // tasks not started: the backlog plus the workers' queue
    struct Worker {
        uint16_t worker = kNoWorker;  // kNoWorker: not started yet
        std::string name;
        uint32_t generation = 0;
        int64_t task = -1;            // running now, -1 idle
        uint64_t completed = 0;
    };
    std::vector<Worker> workers;
    struct Result {
        int64_t task = 0;
        bool ok = true;
        std::string text;
    };
    std::vector<Result> recent;  // oldest first
};
std::optional<PoolSnapshot> pool_contents(const Arena& a, uint32_t object);
std::string_view to_string(PoolKind k);
std::string_view to_string(PoolState s);

}  // namespace il::core
