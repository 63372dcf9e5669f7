#include "core/primitives/sync_event.hpp"

#include "core/common/futex.hpp"
#include "core/primitives/lock.hpp"

namespace il::core {

namespace {

// Run mode: sleeps until the flag is set or `seq` moves past `start`, or the
// deadline passes. Returns true when released by a set().
bool wait_for_set(Arena& a, ObjectSlot& o, uint32_t id, uint32_t start, int64_t timeout_ns, uint32_t line) {
    const int64_t deadline = timeout_ns < 0 ? -1 : monotonic_ns() + timeout_ns;
    o.waiters.fetch_add(1, std::memory_order_relaxed);  // informational (inspector): no ordering role
    block_on(id, line);
    bool got = false;
    for (;;) {
        // Acquire pairs with set()'s release stores of `seq` and the flag.
        const uint32_t s = o.seq.load(std::memory_order_acquire);
        if (s != start || o.word.load(std::memory_order_acquire) != 0) {
            got = true;
            break;
        }
        int64_t left = -1;
        if (deadline >= 0 && (left = deadline - monotonic_ns()) <= 0) break;
        futex_wait(&o.seq, s, left);
        if (a.header().stop.load(std::memory_order_acquire)) {
            o.waiters.fetch_sub(1, std::memory_order_relaxed);
            throw RunStopped{};
        }
    }
    o.waiters.fetch_sub(1, std::memory_order_relaxed);
    unblock(got);
    return got;
}

}  // namespace

Event::Event(std::string_view name, Loc loc) : id_(register_object(ObjectKind::Event, name, line_of(loc))) {}

void Event::set(Loc loc) {
    const uint32_t line = line_of(loc);
    checkpoint(OpKind::EventSet, id_, line);
    Arena& a = *arena();
    ObjectSlot& o = a.object(id_);
    const Arena::Stamp at = stamp_self();  // drawn before the store that releases the waiters
    o.word.store(1, std::memory_order_release);
    o.seq.fetch_add(1, std::memory_order_release);
    // Step mode: the waiters the director shows blocked in wait() are
    // released by this set() even if clear() follows before they are
    // granted, as CPython's Event.wait() returns True once notified. Only the
    // granted worker runs, so the parked ones hold still while we mark them.
    if (stepping())
        for (uint32_t i = 0; i < a.worker_count(); ++i) {
            WorkerSlot& w = a.worker(i);
            if (w.parked.load(std::memory_order_acquire) &&
                static_cast<WorkerState>(w.state.load(std::memory_order_acquire)) == WorkerState::Blocked &&
                w.blocked_on.load(std::memory_order_acquire) == id_ &&
                static_cast<OpKind>(w.pending_op.load(std::memory_order_acquire)) == OpKind::EventWait)
                w.notified.store(1, std::memory_order_release);
        }
    // Always wake: a waiter between reading `seq` and sleeping is covered by the
    // futex's own compare, and set() is rare enough that the syscall is cheap.
    futex_wake_all(&o.seq);
    emit_stamped(at, EventKind::EventSet, id_, 1, line);
}

void Event::clear(Loc loc) {
    const uint32_t line = line_of(loc);
    checkpoint(OpKind::EventClear, id_, line);
    arena()->object(id_).word.store(0, std::memory_order_release);
    emit(EventKind::EventClear, id_, 0, line);
}

bool Event::is_set(Loc loc) {
    checkpoint(OpKind::EventIsSet, id_, line_of(loc));
    return peek();  // no event kind exists for a flag read; the step itself shows on the timeline
}

bool Event::wait(double timeout, Loc loc) {
    const uint32_t line = line_of(loc);
    const int64_t tns = detail::to_timeout_ns(timeout);
    // Cleared before the checkpoint: only a set() while we are shown blocked in this wait marks it.
    if (stepping()) self_slot().notified.store(0, std::memory_order_relaxed);
    const Grant g = checkpoint(OpKind::EventWait, id_, line, tns, tns >= 0);
    Arena& a = *arena();
    ObjectSlot& o = a.object(id_);
    // Step mode: a granted wait finds the flag set, or was released by a set()
    // since it blocked (core/primitives/sync_event_rules.cpp), and a granted
    // time-out returns false; only run/slow mode sleeps for real.
    const uint32_t start = o.seq.load(std::memory_order_acquire);
    bool got = g != Grant::TimeOut && (o.word.load(std::memory_order_acquire) != 0 ||
                                       (stepping() && self_slot().notified.load(std::memory_order_acquire) != 0));
    if (!got && g != Grant::TimeOut && tns != 0 && !stepping()) got = wait_for_set(a, o, id_, start, tns, line);
    emit(EventKind::EventWaitDone, id_, got ? 1 : 0, line);
    return got;
}

bool Event::peek() const { return arena()->object(id_).word.load(std::memory_order_acquire) != 0; }

}  // namespace il::core
