#include "core/common/event.hpp"

#include <array>

namespace il::core {

namespace {
template <typename E, size_t N>
std::string_view lookup(const std::array<std::string_view, N>& names, E e) {
    const auto i = static_cast<size_t>(e);
    return i < N ? names[i] : std::string_view("?");
}
}  // namespace

std::string_view to_string(WorkerState s) {
    static constexpr std::array<std::string_view, 8> names{"new",  "ready",  "running", "blocked",
                                                           "sleeping", "done", "zombie",  "in uninstrumented code"};
    return lookup(names, s);
}

std::string_view to_string(WorkerKind k) {
    static constexpr std::array<std::string_view, 2> names{"thread", "process"};
    return lookup(names, k);
}

std::string_view to_string(ObjectKind k) {
    static constexpr std::array<std::string_view, 14> names{
        "none", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event", "Queue",
        "Shared", "ThreadLocal", "GIL", "worker", "Pool", "not observed"};
    return lookup(names, k);
}

std::string_view to_string(OpKind k) {
    static constexpr std::array<std::string_view, 33> names{
        "none", "begin", "acquire", "acquire(blocking=False)", "release", "set", "clear", "wait", "is_set",
        "wait", "notify", "wait (for notify)", "put", "get", "put_nowait", "get_nowait", "qsize", "task_done", "join", "load", "store",
        "get", "set", "sleep", "print", "start", "start", "join", "terminate", "exit", "step", "submit",
        "get (result)"};
    static_assert(static_cast<size_t>(OpKind::ResultWait) + 1 == 33, "keep the OpKind names in step");
    return lookup(names, k);
}

std::string_view to_string(EventKind k) {
    static constexpr std::array<std::string_view, static_cast<size_t>(EventKind::Count)> names{
        "WorkerNew", "WorkerStart", "WorkerExit", "Fork", "Joined", "Reaped", "Orphaned", "Terminated", "Print",
        "Block", "Wake", "SleepBegin", "SleepEnd", "Ready",
        "AcquireRequest", "Obtain", "Release", "AcquireFailed",
        "EventSet", "EventClear", "EventWaitDone", "CondWait", "CondNotify", "CondWoken",
        "QueuePut", "QueueGet", "QueueFull", "QueueEmpty", "QueueTaskDone",
        "Load", "Store", "LocalGet", "LocalSet",
        "Step", "Deadlock", "Stuck", "Dropped", "Error", "User", "Result",
        "TaskSubmit", "TaskStart", "TaskDone", "TaskCallback", "GilDropRequest", "OutsideEnter", "OutsideLeave"};
    return lookup(names, k);
}

std::string_view to_string(ErrorCode e) {
    static constexpr std::array<std::string_view, 9> names{
        "none", "release of an unlocked lock", "release by a thread that does not own it",
        "re-acquire of a non-recursive Lock it already holds", "queue full", "queue empty",
        "too many workers for the arena", "too many objects for the arena", "arena heap exhausted"};
    return lookup(names, e);
}

}  // namespace il::core
