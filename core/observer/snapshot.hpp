// core/observer/snapshot.hpp — the run as every view draws it: its workers (state,
// process tree, what each is about to do and why it cannot), its objects
// (state, holders, waiters, the Inspector's details) — one model, built
// either from a live (or kept) arena or from a saved run at its end.
//
// The window's panels read a RunSnapshot and the trace store, never the
// arena: the wait-for graph, the Inspector, the source markers, the run
// controls and the process tree all come from here, so a Python program or a
// new primitive kind reaches every view through its kind's rules
// (core/primitives/kinds.hpp) alone.
//
// Observer side. Thread rules: build on one thread; the result is a plain
// value. A live snapshot reads the arena racily (atomics only): within one
// snapshot a worker may be seen a moment apart from an object; the step-mode
// texts are exact while the run holds still (quiescent).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/arena.hpp"
#include "core/primitives/kinds.hpp"
#include "core/trace/trace.hpp"

namespace il::core {

struct WorkerView {
    bool known = false;                  // a slot in use / a worker the saved run names
    uint16_t index = kNoWorker;
    std::string name;                    // "Thread-1"
    WorkerKind kind = WorkerKind::Thread;
    WorkerState state = WorkerState::New;
    uint16_t parent = kNoWorker;         // the worker that created it
    uint16_t process = kNoWorker;        // the process it lives in (itself for a process)
    int32_t pid = 0, ppid = 0, tid = 0, exitcode = 0;
    uint32_t flags = 0;                  // kWorkerDaemon, kWorkerOrphan, kWorkerReaped …
    bool done = false;                   // finished (Done or Zombie, or its done word set)

    uint32_t blocked_on = kNoObject;     // while Blocked: the object it waits on
    std::string blocked_reason;          // "mutexB is held by Thread-1"; "" when not blocked
    std::string blocked_reason_short;    // the same without the object's name: "held by Thread-1"

    // Its next operation as published at its checkpoint (a live run), or as
    // guessed from what it was blocked on (a saved run: op stays None).
    OpKind op = OpKind::None;
    uint32_t op_object = kNoObject;
    int64_t op_value = 0;                // a timed wait's timeout (ns), a sleep's duration
    bool has_timeout = false;
    uint32_t line = 0;                   // 0: unknown
    std::string call;                    // "mutexA.acquire()", "sleep(0.5)"
    std::string why_not;                 // why its pending operation cannot complete now
};

struct ObjectView {
    bool known = false;
    uint32_t index = kNoObject;
    std::string name;                    // "mutexA"
    ObjectKind kind = ObjectKind::None;
    std::string kind_text;               // "Lock", "ThreadPool", "GIL"
    ValueType value_type = ValueType::None;
    uint32_t capacity = 0;               // a queue's maxsize (0: unbounded)
    std::optional<int64_t> level;        // queue size, event flag, semaphore value, shared value
    std::vector<uint16_t> holders;       // who holds it (a lock's or the GIL's holder, a semaphore's acquirers)
    std::vector<uint16_t> waiters;       // workers blocked on it
    uint16_t stands_for = kNoWorker;     // a worker object (a join): the worker it stands for
    std::string summary;                 // "held by Thread-1", "2/3 items", "set", "42"
    std::vector<Field> fields;           // the Inspector's details, one per line
    bool contended = false;              // somebody is waiting for it
};

struct RunSnapshot {
    bool live = false;                   // from an arena (else a saved run at its end)
    int32_t run_pid = 0;                 // live: the run process
    std::vector<WorkerView> workers;     // by index; only `known` ones hold data
    std::vector<ObjectView> objects;     // by index; only `known` ones hold data

    const WorkerView* worker(uint16_t w) const { return w < workers.size() && workers[w].known ? &workers[w] : nullptr; }
    const ObjectView* object(uint32_t o) const { return o < objects.size() && objects[o].known ? &objects[o] : nullptr; }
    std::string worker_name(uint16_t w) const;   // "worker 7" when unknown
    std::string object_name(uint32_t o) const;
    // "Thread-1, Thread-2"
    std::string worker_list(const std::vector<uint16_t>& ws) const;
};

// From the arena now; `store` supplies what the arena does not keep.
RunSnapshot snapshot_live(const Arena& a, const TraceStore& store);
// From a saved run at its end.
RunSnapshot snapshot_saved(const TraceStore& store);

// The call as Python spells it, on `object` (empty for operations on no
// object: sleep, print, begin, exit). `value` is the pending value: the
// timeout in ns for timed waits (shown when `has_timeout`), the duration of a
// sleep. "mutexA.acquire()", "mutexA.acquire(timeout=0.5)", "q.get()",
// "cond.wait() (for notify)", "sleep(1)", "print()".
std::string call_text(OpKind op, std::string_view object, int64_t value, bool has_timeout);
// A step label's text (a Python line or bytecode step; see kStepMaySwitch).
std::string step_label_text(std::string_view label, int64_t switch_mark);

// Seconds as short text: 0.5 -> "0.5", 2 -> "2", 0.0001 -> "0.0001".
std::string seconds_text(int64_t ns);

// A value's 64-bit event or slot form as Python prints it: 42, 0.5, True;
// a text value (only its length is recorded) as "a text of N bytes".
std::string format_bits(ValueType type, int64_t bits);

}  // namespace il::core
