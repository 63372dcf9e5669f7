// core/enabled.hpp — step mode's rule for "may this parked worker move now?".
//
// In step and replay mode every worker waits at a checkpoint with its next
// operation published. The step controller (observer side) asks op_enabled()
// which of them can complete that operation without blocking, given the
// objects' state in the arena, and can_time_out() which may be granted
// "time out" instead. Each rule mirrors the primitive's own blocking condition,
// so a granted operation never blocks for real:
//   Lock acquire      word == 0 (RLock: or the worker already holds it)
//   Semaphore acquire count > 0
//   Event wait        word != 0 (the flag)
//   Condition resume  the worker's `notified` word is set
//   Queue put / get   count < capacity / count > 0;  join: unfinished == 0
//   join              the joined worker's `done` word is set
//   result wait       the job's ready bit is set (AsyncResult.get, Future.result:
//                     core/pool_shared.hpp)
//   GIL acquire       the GIL is free and the worker is not the holder it
//                     just forced out (FORCE_SWITCHING, core/gil.hpp)
// Everything else (release, set, print, sleep, load, store, start, …) is
// always enabled. A time-out is offered to a timed wait that is not enabled;
// for a GIL acquire it stands for "the switch interval passed" and is offered
// only while another thread holds the GIL and no drop request is pending.
#pragma once

#include <cstdint>

#include "core/arena.hpp"

namespace il::core {

bool op_enabled(const Arena& a, uint16_t worker);
bool can_time_out(const Arena& a, uint16_t worker);

// The queue's effective capacity: maxsize, or its storage length when unbounded.
uint32_t queue_capacity(const ObjectSlot& o);

}  // namespace il::core
