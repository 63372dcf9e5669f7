// core/primitives/lock.hpp — Lock and RLock with Python's semantics (threading.Lock/RLock,
// multiprocessing.Lock/RLock: the same objects work across fork()).
//
// State lives in the object's arena slot: `word` is the futex (0 free, 1 held,
// 2 held with waiters), `holder` the holding worker + 1, `count` the RLock
// recursion depth. Ordering: an acquire records Obtain with a sequence number
// drawn after the CAS that won the lock; a release draws its number before the
// store that frees it, so "A released, then B obtained" is never merged the
// wrong way round.
//
// A Lock handle is a small value (an object index); copies refer to the same
// lock, as Python references do.
#pragma once

#include <string_view>

#include "core/runtime/runtime.hpp"
#include "core/primitives/with.hpp"

namespace il::core {

class Lock {
public:
    explicit Lock(std::string_view name = {}, Loc loc = Loc::current());
    explicit Lock(Existing e) : id_(e.id) {}

    // acquire(blocking=True, timeout=-1) -> bool. A negative timeout waits forever.
    bool acquire(bool blocking = true, double timeout = -1, Loc loc = Loc::current());
    // Any worker may release a held Lock (as in Python). Releasing an unlocked
    // lock raises RuntimeError.
    void release(Loc loc = Loc::current());
    bool locked() const;

    // For a front end holding a lock of its own across the call (the Python
    // GIL): the acquire or release, done at once when it cannot wait — the
    // director lets the run go (Run mode) and, to acquire, the lock is free.
    // Otherwise nothing is done or recorded and false comes back; the caller
    // drops its lock and calls acquire() or release().
    bool acquire_now(bool blocking = true, double timeout = -1, Loc loc = Loc::current());
    bool release_now(Loc loc = Loc::current());

    uint32_t id() const { return id_; }

    // `with x:` (core/primitives/with.hpp)
    using Guard = With<Lock>;

protected:
    Lock(ObjectKind kind, std::string_view name, Loc loc);
    uint32_t id_;
};

class RLock : public Lock {
public:
    explicit RLock(std::string_view name = {}, Loc loc = Loc::current());
    explicit RLock(Existing e) : Lock(e) {}
    // Re-entrant: the owner may acquire again; each acquire needs a release.
    bool acquire(bool blocking = true, double timeout = -1, Loc loc = Loc::current());
    // Only the owner may release; others raise RuntimeError.
    void release(Loc loc = Loc::current());
    uint32_t count() const;
    // As Lock's: at once when the run is let go and the lock is free or ours.
    bool acquire_now(bool blocking = true, double timeout = -1, Loc loc = Loc::current());
    bool release_now(Loc loc = Loc::current());

    // `with x:` (core/primitives/with.hpp)
    using Guard = With<RLock>;
};

namespace detail {
// The futex lock protocol shared by Lock, RLock and Condition's re-acquire.
// Returns false when the wait timed out (or the try failed when !blocking).
// The uncontended acquire: wins a free lock word (and records Obtain) or does nothing.
bool lock_word_take(uint32_t object, uint32_t line);
bool lock_word_acquire(uint32_t object, bool blocking, int64_t timeout_ns, uint32_t line, Grant grant);
void lock_word_release(uint32_t object, uint32_t line, int64_t count_after);
int64_t to_timeout_ns(double seconds);
}  // namespace detail

}  // namespace il::core
