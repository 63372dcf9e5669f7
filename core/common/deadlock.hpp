// core/common/deadlock.hpp — the wait-for graph and its cycles.
//
// A worker waits for the object in its slot's `blocked_on` (set by the worker
// in run mode when it parks on a futex, and by the step controller for a parked
// worker whose next operation cannot proceed). An object is held by a worker:
// a Lock or RLock by its holder, a worker object (join) by the worker it stands
// for until that worker is done. A cycle of such edges is a deadlock.
//
// Callers: workers at park time (run mode) and the step controller (observer).
// In run mode the edges move while they are read: a worker that has just won
// a lock still shows as blocked on it for a few instructions. So the graph is
// never read edge by edge: read_wait_graph() takes a snapshot that is known to
// have existed at one instant (or says it could not), using the workers' wait
// epochs, and cycles are looked for in that snapshot only. The proof that a
// reported cycle existed is in docs/deadlock_detection.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/arena.hpp"
#include "core/primitives/kinds.hpp"  // holder_of: the worker an object waits on

namespace il::core {

// Publishes what a worker waits for: `st` is its new state, `object` what it
// waits for when st is Blocked. The only writer of a worker's state Blocked
// and of its blocked_on (the worker itself in run mode; the step controller,
// or the reaper of a dead process, when the worker cannot run). Bumps the
// worker's wait_epoch before leaving Blocked and after entering it.
void publish_wait(WorkerSlot& w, WorkerState st, uint32_t object = kNoObject);

// Every worker's wait edge, as one consistent picture. `stable` is false when
// something moved while it was read; the edges are then not to be trusted.
struct WaitGraph {
    uint32_t workers = 0;
    std::vector<uint32_t> waits;     // object each worker waits for, kNoObject when it does not wait
    std::vector<uint16_t> holders;   // holder of that object, kNoWorker when none
    std::vector<uint8_t> live;       // 1: published, not done (may still move)
    bool stable = false;
};
WaitGraph read_wait_graph(const Arena& a);

struct Cycle {
    std::vector<uint16_t> workers;  // workers[i] waits for objects[i], held by workers[i+1 mod n]
    std::vector<uint32_t> objects;
};

// True unless a stable snapshot shows every worker other than `me` done or
// waiting for something a worker holds: one that can move could still, for
// instance, release a plain Lock that `me` holds and waits for. An unstable
// read counts as "can move" (nothing is reported from moving parts).
bool others_can_move(const Arena& a, uint16_t me);

// Follows wait-for edges from `start` in a stable snapshot; returns the cycle
// through `start` if any. The first overload takes the snapshot only when the
// live edges from `start` lead back to it. A worker waiting for a plain Lock it holds itself is
// such a cycle only when no other worker can move (see others_can_move).
std::optional<Cycle> find_cycle(const Arena& a, uint16_t start);
std::optional<Cycle> find_cycle(const Arena& a, const WaitGraph& g, uint16_t start);

// "Thread-1 waits for lock_b held by Thread-2, which waits for lock_a held by Thread-1"
// (in the current language, core/common/i18n.hpp)
std::string describe(const Arena& a, const Cycle& c);

// One edge of a cycle as words: `worker` waits for `object` held by the next
// member (`holder`), or, when `join` is set, for the worker `object` to finish.
struct CycleLink {
    std::string worker, object, holder;
    bool join = false;
};
// The sentence of a cycle, whoever read it (the arena's describe, the trace
// store's describe_cycle): one wording, translated.
std::string cycle_sentence(const std::vector<CycleLink>& links);

// The observer's sweep: looks for a cycle among all blocked workers (a worker
// checks only at the moment it parks, so a cycle closed by a worker that was
// running then — e.g. a join on a thread waiting for a Lock it holds — is
// found here). Returns a cycle that holds now (recording it when it is the
// run's first), or nullopt.
std::optional<Cycle> sweep_for_cycle(Arena& a);

// Stores the cycle in the arena's deadlock report if none is recorded yet;
// returns true when this call recorded it.
bool report_cycle(Arena& a, const Cycle& c);
// Reads the recorded cycle back (empty when none).
std::optional<Cycle> reported_cycle(const Arena& a);

}  // namespace il::core
