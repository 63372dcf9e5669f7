// core/primitives/with.hpp — Python's `with lock:` for every primitive that has one:
// acquires in the constructor, releases in the destructor. Lock::Guard,
// RLock::Guard, Condition::Guard and Semaphore::Guard are this one class.
//
// Thread rules: a guard is used by the worker that made it, like the
// primitive's own acquire and release (run process side).
#pragma once

#include "core/runtime/runtime.hpp"

namespace il::core {

template <typename T>
class With {
public:
    explicit With(T& p, Loc loc = Loc::current()) : p_(p), loc_(loc) { p_.acquire(true, -1, loc); }
    ~With() {
        try {
            if constexpr (requires(T& x, Loc l) { x.release(l); }) p_.release(loc_);
            else p_.release(1, loc_);  // a Semaphore: release(n, loc)
        } catch (...) {  // stopping mid-unwind: the run is being torn down anyway
        }
    }
    With(const With&) = delete;
    With& operator=(const With&) = delete;

private:
    T& p_;
    Loc loc_;
};

}  // namespace il::core
