// core/primitives/sync_event.hpp — Event with Python's semantics (threading.Event,
// multiprocessing.Event: the same object works between threads and between
// fork()ed processes).
//
// State lives in the object's arena slot:
//   word     the flag: 0 clear, 1 set (what step mode's rule and the inspector read)
//   seq      a futex sequence word bumped by every set(); waiters sleep on it
//   waiters  workers currently sleeping in wait()
// Why a sequence word and not the flag itself: Python guarantees that set()
// wakes every thread already waiting, even if clear() follows at once. A waiter
// remembers `seq` when it starts and returns true as soon as the flag is set or
// `seq` has moved, so a quick set()/clear() pair still releases it.
// Ordering: set() draws its event seq, stores the flag (release), then bumps
// `seq` (release) and wakes all; a waiter loads `seq` and the flag with acquire,
// so what the setter wrote before set() is visible after wait() returns.
//
// Step mode: a parked wait() has not started waiting yet, so it is enabled
// only while the flag is set (core/primitives/sync_event_rules.cpp); a set() and clear() granted
// while it is parked pass it by, as they would a thread that calls wait() later.
//
// A handle is a small value (the object index); copies refer to the same event.
// Any worker may call anything.
#pragma once

#include <string_view>

#include "core/runtime/runtime.hpp"

namespace il::core {

class Event {
public:
    explicit Event(std::string_view name = {}, Loc loc = Loc::current());
    explicit Event(Existing e) : id_(e.id) {}

    // Sets the flag and wakes every waiter.
    void set(Loc loc = Loc::current());
    // Resets the flag; later wait() calls block until the next set().
    void clear(Loc loc = Loc::current());
    // The flag (a step: polling an Event is something the course shows).
    bool is_set(Loc loc = Loc::current());
    // wait(timeout=None) -> bool: returns true once the flag is set (at once
    // if it already is), false when the timeout passed first. A negative
    // timeout waits forever.
    bool wait(double timeout = -1, Loc loc = Loc::current());

    // The flag, read without a step (for summaries and checks).
    bool peek() const;
    uint32_t id() const { return id_; }

private:
    uint32_t id_;
};

}  // namespace il::core
