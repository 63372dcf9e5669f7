// core/primitives/semaphore.hpp — Semaphore and BoundedSemaphore with Python's semantics
// (threading.Semaphore/BoundedSemaphore, multiprocessing's too: the same
// objects work between threads and between fork()ed processes).
//
// State lives in the object's arena slot:
//   count    the semaphore's value (what step mode's rule and the inspector read)
//   value    the initial value; `capacity` the bound of a BoundedSemaphore
//   seq      a futex sequence word: bumped by every release; waiters sleep on it
//   waiters  acquirers currently sleeping (lets release skip the wake syscall)
// Ordering: count, seq and waiters are accessed seq_cst. An acquirer registers
// in `waiters`, then reads `seq`, then tries `count`; a releaser adds to
// `count`, bumps `seq`, then reads `waiters`. In the single total order one of
// them sees the other, so a wake-up is never lost. Release draws its event seq
// before the store that raises `count`; Obtain draws it after the CAS that took
// one, so "A released, then B obtained" merges in the true order.
//
// Events (the Lock vocabulary): AcquireRequest (value: timeout ns), Obtain /
// Release (value: the semaphore's value after), AcquireFailed.
//
// A handle is a small value (the object index); copies refer to the same
// semaphore, as Python references do. Any worker may call anything.
#pragma once

#include <string_view>

#include "core/runtime/runtime.hpp"
#include "core/primitives/with.hpp"

namespace il::core {

class Semaphore {
public:
    // Semaphore(value=1). A negative value raises ValueError.
    explicit Semaphore(int64_t value = 1, std::string_view name = {}, Loc loc = Loc::current());

    // acquire(blocking=True, timeout=None) -> bool. Takes one unit, waiting while
    // the value is 0. A negative timeout waits forever; blocking=false with a
    // timeout raises ValueError (as Python does).
    bool acquire(bool blocking = true, double timeout = -1, Loc loc = Loc::current());
    // release(n=1): adds n and wakes up to n waiters. n < 1 raises ValueError;
    // a BoundedSemaphore raises ValueError when the value would exceed its
    // initial value ("Semaphore released too many times").
    void release(int n = 1, Loc loc = Loc::current());

    // The current value, read without a step (for summaries and checks).
    uint32_t value() const;
    uint32_t id() const { return id_; }

    // `with x:` (core/primitives/with.hpp)
    using Guard = With<Semaphore>;

protected:
    Semaphore(ObjectKind kind, int64_t value, std::string_view name, Loc loc);
    uint32_t id_;
};

// A Semaphore whose value may never exceed its initial value.
class BoundedSemaphore : public Semaphore {
public:
    explicit BoundedSemaphore(int64_t value = 1, std::string_view name = {}, Loc loc = Loc::current());
};

}  // namespace il::core
