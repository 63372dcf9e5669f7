// core/primitives/kinds.hpp — what the rest of Interleave knows about a kind of object
// (Lock, RLock, Semaphore, Condition, Event, Queue, GIL, Pool, a worker's
// join, Shared, ThreadLocal), gathered in one table so that a kind's
// knowledge sits in one file beside its implementation: `<kind>_rules.cpp`
// next to `<kind>.cpp` defines its KindRules, and kinds.cpp registers it.
//
// A kind's rules say:
//   - who holds it, for the wait-for graph and the deadlock detector;
//   - its step rule: may a parked worker complete an operation on it now
//     without blocking (step and replay mode grant only such operations);
//   - why a worker cannot go on with an operation on it, in the learner's
//     words ("mutexA is held by Thread-1", "q is full (3/3)");
//   - its state read-out, from the live arena and from a saved run (the
//     run snapshot every view draws from: core/observer/snapshot.hpp).
// Adding a kind means its own files plus one line in kinds.cpp.
//
// Thread rules: every rule only reads the arena (racy but safe: the values
// are atomics, and a torn view is redrawn on the next frame). `holder` and
// `enabled` are called in the run process too (deadlock detection in run
// mode, step checks); the read-outs and wording only in the observer.
#pragma once

#include "core/common/i18n.hpp"
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/arena.hpp"
#include "core/common/event.hpp"

namespace il::core {

class TraceStore;
struct ObjectView;

// One line of an object's details: "waiting" → "Thread-2, Thread-3".
struct Field {
    std::string label;
    std::string value;
};

// What a live read-out may use: the arena, the store (what the arena does not
// keep, such as a semaphore's holders) and the workers blocked on the object.
struct LiveRead {
    const Arena& arena;
    const TraceStore& store;
    uint32_t object;
    const std::vector<uint16_t>& blocked;  // workers blocked on it, in worker order
};

// Facts only the raw events of a saved run tell (gathered once per snapshot).
struct SavedFacts;

// What a saved-run read-out may use: the store at time `t`. The generic part
// of the view (level, holders, waiters, capacity) is filled in before.
struct SavedRead {
    const TraceStore& store;
    uint32_t object;
    int64_t t;
    const SavedFacts& facts;
};

// Why `worker` cannot go on with `op` on `object`.
struct WaitQuestion {
    const Arena& arena;
    uint16_t worker;
    OpKind op;
    uint32_t object;
    std::string_view name;     // the object's name
    bool name_object;          // "mutexA is held by …", or "held by …" (the context names it already)
};

struct KindRules {
    bool in_graph = false;             // a worker can wait for it or hold it
    bool in_inspector = true;          // listed by the Inspector
    // The one worker the object waits on for the deadlock detector (a Lock's
    // holder; for a worker object, the worker while it runs). nullptr: none.
    uint16_t (*holder)(const Arena& a, const ObjectSlot& o) = nullptr;
    // The step rule for an operation on the object (nullptr or an op it does
    // not name: always enabled, but a plain Acquire needs word == 0).
    bool (*enabled)(const Arena& a, const ObjectSlot& o, const WorkerSlot& w, uint16_t worker, OpKind op) = nullptr;
    // May a timed wait on it that is not enabled be granted "time out"? nullptr: yes.
    bool (*may_time_out)(const ObjectSlot& o, uint16_t worker) = nullptr;
    // The learner's reason; nullptr: "it waits for <name>".
    std::string (*wait_reason)(const WaitQuestion& q) = nullptr;
    // State read-out into the view (summary, fields, level, holders).
    void (*read_live)(const LiveRead& r, ObjectView& v) = nullptr;
    void (*read_saved)(const SavedRead& r, ObjectView& v) = nullptr;
    // What a worker blocked on it was calling, for a saved run (which has no
    // pending operations): ".acquire()", ".wait()", ".join()"; "" unknown.
    std::string_view blocked_call;
};

// The rules of `kind` (a default set for None and unknown values).
const KindRules& rules_of(ObjectKind kind);

// "Lock", "Queue", "GIL", … (to_string(ObjectKind), core/common/event.hpp)
std::string kind_text(ObjectKind kind);

// The step rule for the worker's published pending operation.
bool op_enabled(const Arena& a, uint16_t worker);
// May the worker's timed wait be granted "time out" now?
bool can_time_out(const Arena& a, uint16_t worker);
// The deadlock detector's holder of `object` (kNoWorker: none).
uint16_t holder_of(const Arena& a, uint32_t object);
// Why `worker` cannot go on with `op` on `object`, in the learner's words —
// the one wording every panel uses. Without `name_object` the object's name
// is left out where the context already names it. "" for no object.
std::string wait_reason(const Arena& a, uint16_t worker, OpKind op, uint32_t object, bool name_object = true);

// The queue's effective capacity: maxsize, or its storage length when unbounded.
uint32_t queue_capacity(const ObjectSlot& o);

// The slot's holder word (holder + 1, 0 when free) as a worker index.
inline uint16_t slot_holder(const ObjectSlot& o) {
    const uint32_t h = o.holder.load(std::memory_order_acquire);
    return h == 0 ? kNoWorker : static_cast<uint16_t>(h - 1);
}

// Registered kinds (defined in each kind's *_rules.cpp).
extern const KindRules kLockRules, kRLockRules, kSemaphoreRules, kBoundedSemaphoreRules, kConditionRules,
    kEventRules, kQueueRules, kSharedRules, kThreadLocalRules, kGilRules, kWorkerRules, kPoolRules, kOutsideRules;

}  // namespace il::core
