// core/deadlock.hpp — the wait-for graph and its cycles.
//
// A worker waits for the object in its slot's `blocked_on` (set by the worker
// in run mode when it parks on a futex, and by the step controller for a parked
// worker whose next operation cannot proceed). An object is held by a worker:
// a Lock or RLock by its holder, a worker object (join) by the worker it stands
// for until that worker is done. A cycle of such edges is a deadlock.
//
// Callers: workers at park time (run mode) and the step controller (observer).
// Reads are racy by nature in run mode; find_cycle re-reads the edges it walked
// to make sure they held still, so a reported cycle was real.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/arena.hpp"

namespace il::core {

struct Cycle {
    std::vector<uint16_t> workers;  // workers[i] waits for objects[i], held by workers[i+1 mod n]
    std::vector<uint32_t> objects;
};

// The worker holding `object` now, kNoWorker if none (or it has no holder).
uint16_t holder_of(const Arena& a, uint32_t object);

// True when some worker other than `me` is neither done nor waiting for
// something a worker holds (a new one may be starting): it could still, for
// instance, release a plain Lock that `me` holds and waits for.
bool others_can_move(const Arena& a, uint16_t me);

// Follows wait-for edges from `start`; returns the cycle through `start` if any.
// A worker waiting for a plain Lock it holds itself is such a cycle only when
// no other worker can move (see others_can_move).
std::optional<Cycle> find_cycle(const Arena& a, uint16_t start);

// "Thread-1 waits for lock_b held by Thread-2, which waits for lock_a held by Thread-1"
std::string describe(const Arena& a, const Cycle& c);

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
