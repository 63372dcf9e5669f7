// core/common/event.hpp — the vocabulary shared by the run process and the observer:
// trace events, worker states, object kinds and pending operations.
//
// A TraceEvent is a fixed-size, trivially copyable record written into a
// per-worker ring in the shared arena. It holds indices (worker, object), never
// pointers: the observer is a different process. `seq` is drawn from one
// arena-wide counter at the point that makes the cross-worker order true (see
// Arena::stamp): a release takes its seq before the store that frees the lock;
// an obtain takes its seq after the CAS that wins it.
#pragma once

#include <cstdint>
#include <string_view>
#include <type_traits>

namespace il::core {

inline constexpr uint32_t kNoObject = 0xffffffffu;
inline constexpr uint16_t kNoWorker = 0xffffu;

enum class WorkerKind : uint8_t { Thread, Process };

// What a worker is doing, as the timeline colours it.
enum class WorkerState : uint8_t {
    New,       // created, not started
    Ready,     // step mode: parked at a checkpoint, may be granted
    Running,   // executing (run mode: scheduled by the OS)
    Blocked,   // waiting on an object (blocked_on says which)
    Sleeping,  // in sleep()
    Done,      // finished (thread) / exited and reaped (process)
    Zombie,    // process exited, nobody has waited for it yet
    Outside,   // in code the runtime does not stand behind (blocked_on: the function's object)
};

enum class ObjectKind : uint8_t {
    None, Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Queue, Shared, ThreadLocal, Gil, Worker,
    Pool,     // a Pool, ThreadPool or executor (core/primitives/pool_shared.hpp)
    Outside,  // a function the runtime does not stand behind (socket.recv): its calls are counted
};

// The operation a worker is about to perform (published before it may park).
enum class OpKind : uint8_t {
    None,
    Begin,          // a new worker's first checkpoint
    Acquire,        // Lock/RLock/Semaphore acquire (blocking)
    TryAcquire,     // acquire(blocking=false)
    Release,
    EventSet, EventClear, EventWait, EventIsSet,
    CondWait,       // release the lock and start waiting for a notify
    CondNotify,
    CondResume,     // a Condition waiter, waiting to be notified
    QueuePut, QueueGet, QueuePutNowait, QueueGetNowait, QueueInspect, QueueTaskDone, QueueJoin,
    Load, Store,    // Shared<T>
    LocalGet, LocalSet,
    Sleep,
    Print,
    StartThread, StartProcess,
    Join,           // join a thread or a process (object = the worker's object id)
    Terminate,
    Exit,           // a worker's last checkpoint
    User,           // a demo-defined step (a named point in the demo)
    PoolSubmit,     // apply/apply_async/map/submit: hand tasks to a pool
    ResultWait,     // AsyncResult.get/wait, Future.result: enabled once the result is ready
};

// A User step whose object is a *step label* (an object of kind None, named
// after a Python line or bytecode instruction) carries in its value whether
// CPython 3.11 itself could switch threads right before it: its eval loop
// drops the GIL only at function starts, loop back-edges and after calls, so
// stepping another thread in between two other instructions is an
// interleaving only an older Python or a free-threaded build can take.
inline constexpr int64_t kStepMaySwitch = 1;
inline constexpr int64_t kStepNoSwitch = 2;

enum class EventKind : uint8_t {
    // worker lifecycle
    WorkerNew,       // object = the new worker's object; value = the new worker's index
    WorkerStart,     // the worker began running (value = pid)
    WorkerExit,      // value = exit code (processes) or 0
    Fork,            // emitted by the parent: value = child pid, object = child's worker object
    Joined,          // value = joined worker index
    Reaped,          // a zombie was waited for: value = worker index
    Orphaned,        // emitted by the exiting parent: object = the orphan's object, value = its index
    Terminated,      // value = worker index signalled
    Print,           // value = (console offset << 16) | length
    // state changes
    Block,           // object = what it waits on
    Wake,            // value = 1 woken normally, 0 timed out
    SleepBegin,      // value = duration ns
    SleepEnd,
    Ready,           // step mode: parked at a checkpoint and enabled
    // locks and semaphores
    AcquireRequest,  // value = timeout ns (-1 none)
    Obtain,          // value = RLock count / semaphore value after
    Release,         // value = RLock count / semaphore value after
    AcquireFailed,   // non-blocking or timed-out acquire returned false
    // events and conditions
    EventSet, EventClear,
    EventWaitDone,   // value = 1 flag seen, 0 timed out
    CondWait, CondNotify, CondWoken,
    // queues: value = size after the operation
    QueuePut, QueueGet, QueueFull, QueueEmpty, QueueTaskDone,
    // shared variables and thread-locals: value = the value loaded/stored
    Load, Store, LocalGet, LocalSet,
    // director and diagnostics
    Step,            // step/replay: a grant; value = step number
    Deadlock,        // value = cycle index in the arena's deadlock report
    Stuck,
    Dropped,         // value = how many events this worker's ring dropped
    Error,           // object = object misused; value = ErrorCode
    User,            // a demo-defined step: text at console offset (value as for Print)
    Result,          // a demo result "key\tvalue": text at console offset (value as for Print)
    // pools and executors: object = the pool; value = task index
    TaskSubmit,      // a task was handed to the pool (by the submitter)
    TaskStart,       // a pool worker began a task
    TaskDone,        // a pool worker finished a task (flags: 1 when it raised)
    TaskCallback,    // the result handler ran a callback for a task
    // the GIL model: object = the GIL
    GilDropRequest,  // a waiting thread asks the holder to drop the GIL (value: waited ns)
    // code the runtime does not stand behind: object = the function (ObjectKind::Outside)
    OutsideEnter,    // value = the function's calls so far, this one included
    OutsideLeave,
    Count
};

// Errors a worker reports through an Error event (and an exception).
enum class ErrorCode : uint8_t { None, ReleaseUnlocked, ReleaseNotOwner, ReacquireOwned, Full, Empty, TooManyWorkers, TooManyObjects, ArenaFull };

struct TraceEvent {
    uint64_t seq;     // arena-wide order
    uint64_t tsc;     // raw timestamp (see core/common/clock.hpp); ns after Trace conversion
    int64_t value;    // kind-specific
    uint32_t object;  // object index or kNoObject
    uint32_t line;    // source line in the demo, 0 if none
    uint16_t worker;  // worker index
    EventKind kind;
    uint8_t flags;
    uint32_t step;    // step number when it happened (step/replay), else 0
};
// flags: the value is a text (console offset << 16 | length in a ring; after
// the drain, an index into the store's texts). Print, User and Result always
// carry one; a LocalSet of a Python value (ValueType::Repr) carries its repr,
// so a saved run still shows what each thread set.
inline constexpr uint8_t kEventText = 0x80;
inline bool carries_text(EventKind kind, uint8_t flags) {
    return kind == EventKind::Print || kind == EventKind::User || kind == EventKind::Result ||
           (kind == EventKind::LocalSet && (flags & kEventText) != 0);
}
static_assert(sizeof(TraceEvent) == 40);
static_assert(std::is_trivially_copyable_v<TraceEvent>);

std::string_view to_string(WorkerState s);
std::string_view to_string(WorkerKind k);
std::string_view to_string(ObjectKind k);
std::string_view to_string(OpKind k);
std::string_view to_string(EventKind k);
std::string_view to_string(ErrorCode e);

}  // namespace il::core
