// core/primitives/condition.hpp — Condition with Python's semantics (threading.Condition,
// multiprocessing.Condition: the same object works between threads and between
// fork()ed processes).
//
// A Condition is a lock (a Lock or an RLock; by default its own RLock, as in
// Python) plus a FIFO list of waiting workers. State in the object's slot:
//   value    the lock's object index (so the inspector can name it)
//   heap     the waiter list: `capacity` (= max_workers) uint16 worker indices,
//            oldest first; `waiters` is its length
//   guard    a short internal mutex over the list (core/common/slot_guard.hpp), never
//            held across a checkpoint
// and each waiter's own WorkerSlot::notified word, which notify() stores 1 in
// and wakes.
//
// wait() is three steps, so step mode can show each: CondWait (always enabled:
// join the list, clear `notified`, release the lock fully) → CondResume
// (enabled once `notified` is set; a timed wait may instead be granted
// "time out") → the lock's own Acquire (restoring an RLock's recursion count).
// Ordering: the waiter clears `notified` before it joins the list; notify()
// pops a waiter and stores `notified` = 1 (release) under the guard, then wakes
// it; the waiter loads `notified` with acquire. CondNotify draws its event seq
// before those stores, so it precedes the woken worker's CondWoken.
//
// Events: CondWait (value: timeout ns, -1 none), the lock's Release, CondWoken
// (1 notified, 0 timed out), the lock's Obtain; CondNotify (value: waiters
// actually woken, at most n: 0 shows a notify nobody heard).
//
// "Holding the lock" means this worker is the lock's holder (Python's
// Condition over a plain Lock only checks that somebody holds it).
//
// A handle is a small value (object indices); copies refer to the same
// condition. wait/notify must be called by the worker holding the lock.
#pragma once

#include <functional>
#include <string_view>
#include <variant>

#include "core/primitives/lock.hpp"
#include "core/runtime/runtime.hpp"
#include "core/primitives/with.hpp"

namespace il::core {

class Condition {
public:
    // Condition() — with its own RLock (Python's default).
    explicit Condition(std::string_view name = {}, Loc loc = Loc::current());
    // Condition(lock) — over an existing Lock or RLock (the handle is copied;
    // it refers to the same lock). Pass an RLock as an RLock (not through a
    // Lock&), so its re-entrant acquire is the one used.
    explicit Condition(const Lock& lock, std::string_view name = {}, Loc loc = Loc::current());
    explicit Condition(const RLock& lock, std::string_view name = {}, Loc loc = Loc::current());

    // The underlying lock's acquire/release.
    bool acquire(bool blocking = true, double timeout = -1, Loc loc = Loc::current());
    void release(Loc loc = Loc::current());

    // wait(timeout=None) -> bool: releases the lock, waits for a notify (or the
    // timeout), re-acquires the lock. False when the timeout passed first.
    // Raises RuntimeError("cannot wait on un-acquired lock") when the caller
    // does not hold the lock.
    bool wait(double timeout = -1, Loc loc = Loc::current());
    // wait_for(predicate, timeout=None) -> the predicate's last result: waits
    // until the predicate is true (checked with the lock held) or the timeout
    // passes. A negative timeout waits forever.
    bool wait_for(const std::function<bool()>& predicate, double timeout = -1, Loc loc = Loc::current());
    // Wakes up to n waiters, oldest first. Raises RuntimeError("cannot notify
    // on un-acquired lock") when the caller does not hold the lock.
    void notify(int n = 1, Loc loc = Loc::current());
    void notify_all(Loc loc = Loc::current());

    uint32_t id() const { return id_; }
    uint32_t lock_id() const;
    // Workers waiting now (no step; for checks and summaries).
    uint32_t waiting() const;

    // `with x:` (core/primitives/with.hpp)
    using Guard = With<Condition>;

private:
    void init(std::string_view name, uint32_t line);
    bool holds_lock() const;
    uint32_t release_fully(uint32_t line);
    void reacquire(uint32_t saved_count, uint32_t line);
    bool await_notify(int64_t timeout_ns, uint32_t line);

    std::variant<Lock, RLock> lock_;
    uint32_t id_ = kNoObject;
};

}  // namespace il::core
