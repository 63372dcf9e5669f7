// core/runtime/runtime.hpp — the run-process side of the runtime: which arena this
// process writes to, which worker the calling thread is, and the checkpoint
// every primitive passes through.
//
// Thread rules: attach() happens once per run process before any worker runs;
// fork()ed children inherit the attachment. self() is thread-local. Everything
// here is called by workers (demo threads and processes), never by the observer.
//
// The checkpoint protocol ("announce → checkpoint → act → record", STYLE.md
// lesson 7): a primitive first publishes its pending operation and source line
// in the worker's slot, then asks the director whether it may go on (which in
// step/replay mode parks the worker until the observer grants it), then does
// the real work and records what happened as events.
#pragma once

#include <cstdint>
#include <functional>
#include <source_location>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/arena.hpp"
#include "core/runtime/registry.hpp"

namespace il::core {

using Loc = std::source_location;

// Thrown from a checkpoint when the observer stops the run; worker trampolines
// catch it and end the worker quietly.
struct RunStopped {};
// Thrown by a front end to end the worker's body with an exit status, having
// reported the cause itself (a Python program's sys.exit(n), or its uncaught
// exception after the traceback was printed).
struct ProgramExit {
    int code;
};

// Python's exceptions, as C++ exceptions.
struct Full : std::runtime_error {
    Full() : std::runtime_error("queue.Full") {}
};
struct Empty : std::runtime_error {
    Empty() : std::runtime_error("queue.Empty") {}
};
struct RuntimeError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
struct ValueError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

namespace detail {
// Inline so that every primitive's hot path reads them without a call
// (bench/README.md, "the lock's hot path").
inline Arena* g_arena = nullptr;                   // per process; fork()ed children inherit it
inline thread_local uint16_t t_self = kNoWorker;  // the calling thread's worker
}  // namespace detail

// The arena this process writes to (nullptr before attach()).
inline Arena* arena() { return detail::g_arena; }
// Attaches this process to `a` (the arena must outlive every worker).
void attach(Arena* a);
void detach();

// The calling thread's worker index (kNoWorker if it is not a worker).
inline uint16_t self() { return detail::t_self; }
void set_self(uint16_t worker);
WorkerSlot& self_slot();

// Registers a new worker slot with identity fields filled in and publishes it.
// The line an operation is recorded at: the caller's C++ line (`loc`), unless
// a front end for another language stands in for it (the Python front sets the
// program's own line for each call it forwards, LineScope). Thread-local.
inline thread_local int64_t t_line_override = -1;  // -1: none
inline uint32_t line_of(const Loc& loc) {
    return t_line_override >= 0 ? static_cast<uint32_t>(t_line_override) : loc.line();
}

// A handle to an object of the run that already exists — made by another
// process, its index come through a pickle (a Python Manager's queue passed
// to a pool's task). The handle classes (Lock, RLock, Event, QueueCore) take
// it to refer to that object instead of making one.
struct Existing {
    uint32_t id;
};
// Records the calls made in its scope at `line` (0: not at a line of the program).
class LineScope {
public:
    explicit LineScope(uint32_t line) : prev_(t_line_override) { t_line_override = line; }
    ~LineScope() { t_line_override = prev_; }
    LineScope(const LineScope&) = delete;
    LineScope& operator=(const LineScope&) = delete;

private:
    int64_t prev_;
};

// Throws RuntimeError when the arena's worker table is full.
uint16_t register_worker(WorkerKind kind, std::string_view name, uint16_t parent, uint16_t process,
                         uint32_t flags, uint32_t line);
// Creates an object slot; throws RuntimeError when the object table is full.
// `init` fills kind-specific fields (capacity, storage …) before the slot is
// published, so an observer never sees it half made.
uint32_t register_object(ObjectKind kind, std::string_view name, uint32_t line, ValueType vt = ValueType::None,
                         const std::function<void(ObjectSlot&)>& init = {});

// The checkpoint. Publishes the pending op, records nothing by itself, and in
// step/replay mode parks until granted. Returns the grant: Proceed, or TimeOut
// when the observer chose to let a timed wait expire. Throws RunStopped.
// The checkpoint's first half, which every mode does: publishes the pending op.
inline void publish_pending(WorkerSlot& w, OpKind op, uint32_t object, uint32_t line, int64_t value,
                            bool has_timeout) {
    w.pending_object.store(object, std::memory_order_relaxed);
    w.pending_line.store(line, std::memory_order_relaxed);
    w.pending_value.store(value, std::memory_order_relaxed);
    const uint32_t f = w.flags.load(std::memory_order_relaxed);
    const uint32_t want = has_timeout ? (f | kWorkerHasTimeout) : (f & ~kWorkerHasTimeout);
    if (want != f) w.flags.store(want, std::memory_order_relaxed);
    w.line.store(line, std::memory_order_relaxed);
    w.pending_op.store(static_cast<uint32_t>(op), std::memory_order_release);
}
namespace detail {
Grant checkpoint_directed(Arena& a, WorkerSlot& w, OpKind op, int64_t value, bool has_timeout);
}
// Run mode, the common case, without a call: publish and go.
inline Grant checkpoint(OpKind op, uint32_t object, uint32_t line, int64_t value = 0, bool has_timeout = false) {
    Arena* a = detail::g_arena;
    if (!a || detail::t_self == kNoWorker) return Grant::Proceed;
    WorkerSlot& w = a->worker(detail::t_self);
    publish_pending(w, op, object, line, value, has_timeout);
    if (a->header().stop.load(std::memory_order_acquire)) throw RunStopped{};
    if (a->mode() == DirectorMode::Run) return Grant::Proceed;
    return detail::checkpoint_directed(*a, w, op, value, has_timeout);
}
// A checkpoint that never waits, for a front end holding a lock of its own
// across the call (the Python GIL, which a parked worker must not hold): when
// the director lets the run go (Run mode) it publishes the pending op as
// checkpoint() does and returns true; in any other mode it does nothing and
// returns false, and the caller drops its lock and takes the ordinary path.
// Throws RunStopped.
bool checkpoint_if_running(OpKind op, uint32_t object, uint32_t line, int64_t value = 0, bool has_timeout = false);
// Publishes the pending op as a checkpoint would, without being one: what the
// views show the worker doing when it is about to do something no checkpoint
// covers (a call into uninstrumented code, core/primitives/outside.hpp).
void announce(OpKind op, uint32_t object, uint32_t line);
// True when the director controls the order (step or replay mode).
bool stepping();
// The run's clock in ns, for what a program measures (Python's time.monotonic,
// a demo's Stopwatch): CLOCK_MONOTONIC in run and slow mode; in step and
// replay mode a logical clock that only a granted sleep or time-out moves
// (to when it ends: the later of now and its start plus its duration), so
// stepped runs measure sleeps, not the learner's think time, and a replay
// measures exactly what the original run did.
int64_t run_clock_ns();

// Puts `text` in the console ring for an event that carries a text
// (kEventText): the event's value (console offset << 16 | length), which
// the observer's drain turns into the text itself.
int64_t console_text_value(std::string_view text);
// Records an event for the calling worker.
inline void emit(EventKind kind, uint32_t object = kNoObject, int64_t value = 0, uint32_t line = 0) {
    if (detail::g_arena && detail::t_self != kNoWorker) detail::g_arena->record(detail::t_self, kind, object, value, line);
}
// A seq and time for the calling worker's next emit_stamped (Arena::stamp_now):
// drawn early, before a store that lets other workers go.
inline Arena::Stamp stamp_self() {
    if (detail::g_arena && detail::t_self != kNoWorker) return detail::g_arena->stamp_now(detail::t_self);
    return {0, now_ticks()};  // not a worker: nothing will be recorded
}
// Records an event with a sequence number and time taken earlier (stamp_self).
inline void emit_stamped(Arena::Stamp at, EventKind kind, uint32_t object, int64_t value, uint32_t line) {
    if (detail::g_arena && detail::t_self != kNoWorker)
        detail::g_arena->record(detail::t_self, kind, object, value, line, at);
}
// Records an event with its flags set (TaskDone: 1 when the task raised).
void emit_flagged(EventKind kind, uint32_t object, int64_t value, uint32_t line, uint8_t flags);

// Run-mode blocking bookkeeping around a real futex wait: marks the worker
// blocked on `object`, records Block, and checks the wait-for graph for a cycle
// (reported in the arena at once). unblock() records Wake.
void block_on(uint32_t object, uint32_t line);
void unblock(bool woken_normally);

// Reports a misuse (Error event + failure count); the caller then throws.
void report_error(ErrorCode code, uint32_t object, uint32_t line);

// Marks the calling worker finished: state Done, WorkerExit event, joiners woken,
// step bookkeeping released. Called by worker trampolines.
void finish_worker(int32_t exitcode);

// print(): writes to the console ring and records a Print event. A checkpoint.
void print(std::string_view text, Loc loc = Loc::current());

// Console output without a checkpoint (the runtime's own reports, e.g. an
// uncaught exception as the worker ends).
void print_unchecked(std::string_view text, uint32_t line);

// sleep(seconds): real time in run/slow mode; a single step in step/replay mode.
void sleep(double seconds, Loc loc = Loc::current());

// A named step in the demo's own code (shows on the timeline and as the pending
// op in the source view, e.g. "compute"), and a checkpoint.
void step_point(std::string_view what, Loc loc = Loc::current());

// Python's current_thread().name / current_process().name and os.getpid()/getppid().
std::string current_thread_name();
std::string current_process_name();
int getpid();
int getppid();

// Adds "key = value" to the run's results as the calling worker (RunContext::result;
// the Python front reports a program's final globals with it).
void report_result(std::string_view key, std::string_view value);

// What a demo's run function is handed. Results are reported in the summary.
class RunContext {
public:
    explicit RunContext(const Params& params, std::string_view target = {}, std::vector<std::string> program_args = {})
        : params_(params), target_(target), program_args_(std::move(program_args)) {}
    const Params& params() const { return params_; }
    // What runs: the demo id, or a program's path (the Python front reads it).
    std::string_view target() const { return target_; }
    // A program's own arguments (`interleave run prog.py -- ARGS`).
    const std::vector<std::string>& program_args() const { return program_args_; }
    // A declared parameter's value: ctx[kTasks].
    template <typename T>
    const T& operator[](const Param<T>& p) const {
        return params_.get(p);
    }
    // Adds "key = value" to the run's results (shown by the CLI summary and the window).
    void result(std::string_view key, std::string_view value);
    void result(std::string_view key, int64_t value) { result(key, std::to_string(value)); }

private:
    const Params& params_;
    std::string target_;
    std::vector<std::string> program_args_;
};

}  // namespace il::core
