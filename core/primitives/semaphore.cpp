#include "core/primitives/semaphore.hpp"

#include <limits>

#include "core/common/futex.hpp"
#include "core/primitives/lock.hpp"

namespace il::core {

namespace {

// Takes one unit if the value is positive; returns the value after, or -1.
// seq_cst (default) CAS: part of the waiters/seq/count handshake (see header).
int64_t try_take(ObjectSlot& o) {
    uint32_t c = o.count.load();
    while (c > 0) {
        if (o.count.compare_exchange_weak(c, c - 1)) return c - 1;
    }
    return -1;
}

// Run mode: sleeps on `seq` until a unit can be taken or the deadline passes.
// Returns the value after taking, or -1 on timeout.
int64_t wait_and_take(Arena& a, ObjectSlot& o, uint32_t id, int64_t timeout_ns, uint32_t line) {
    const int64_t deadline = timeout_ns < 0 ? -1 : monotonic_ns() + timeout_ns;
    o.waiters.fetch_add(1);  // seq_cst: registered before reading seq (see header)
    block_on(id, line);
    int64_t after = -1;
    for (;;) {
        const uint32_t s = o.seq.load();
        if ((after = try_take(o)) >= 0) break;  // re-checked before any timeout decision
        int64_t left = -1;
        if (deadline >= 0 && (left = deadline - monotonic_ns()) <= 0) break;
        futex_wait(&o.seq, s, left);
        if (a.header().stop.load(std::memory_order_acquire)) {
            o.waiters.fetch_sub(1);
            throw RunStopped{};
        }
    }
    o.waiters.fetch_sub(1);
    unblock(after >= 0);
    return after;
}

}  // namespace

Semaphore::Semaphore(int64_t value, std::string_view name, Loc loc)
    : Semaphore(ObjectKind::Semaphore, value, name, loc) {}

Semaphore::Semaphore(ObjectKind kind, int64_t value, std::string_view name, Loc loc) {
    if (value < 0) throw ValueError("semaphore initial value must be >= 0");
    if (value > std::numeric_limits<int32_t>::max()) throw ValueError("semaphore initial value is too large");
    // Filled before the slot is published (register_object's release of `used`).
    id_ = register_object(kind, name, line_of(loc), ValueType::None, [&](ObjectSlot& o) {
        o.value.store(value, std::memory_order_relaxed);
        o.capacity = kind == ObjectKind::BoundedSemaphore ? static_cast<uint32_t>(value) : 0;
        o.count.store(static_cast<uint32_t>(value), std::memory_order_relaxed);
    });
}

BoundedSemaphore::BoundedSemaphore(int64_t value, std::string_view name, Loc loc)
    : Semaphore(ObjectKind::BoundedSemaphore, value, name, loc) {}

bool Semaphore::acquire(bool blocking, double timeout, Loc loc) {
    const uint32_t line = line_of(loc);
    if (!blocking && timeout >= 0)  // argument check: no step
        throw ValueError("can't specify timeout for non-blocking acquire");
    const int64_t tns = blocking ? detail::to_timeout_ns(timeout) : 0;
    const Grant g = checkpoint(blocking ? OpKind::Acquire : OpKind::TryAcquire, id_, line, tns, blocking && tns >= 0);
    Arena& a = *arena();
    ObjectSlot& o = a.object(id_);
    emit(EventKind::AcquireRequest, id_, tns, line);
    int64_t after = g == Grant::TimeOut ? -1 : try_take(o);
    if (after < 0 && blocking && g != Grant::TimeOut && tns != 0 && !stepping())
        after = wait_and_take(a, o, id_, tns, line);
    if (after < 0) {
        emit(EventKind::AcquireFailed, id_, 0, line);
        return false;
    }
    emit(EventKind::Obtain, id_, after, line);  // seq drawn after the CAS that took the unit
    return true;
}

void Semaphore::release(int n, Loc loc) {
    const uint32_t line = line_of(loc);
    if (n < 1) throw ValueError("n must be one or more");  // argument check: no step
    checkpoint(OpKind::Release, id_, line, n);
    Arena& a = *arena();
    ObjectSlot& o = a.object(id_);
    const bool bounded = o.kind == ObjectKind::BoundedSemaphore;
    const Arena::Stamp at = stamp_self();  // drawn before the store that makes the units visible
    uint32_t c = o.count.load();
    uint64_t after = 0;
    do {
        after = uint64_t(c) + uint64_t(n);
        if ((bounded && after > o.capacity) || after > std::numeric_limits<int32_t>::max())
            throw ValueError("Semaphore released too many times");
    } while (!o.count.compare_exchange_weak(c, static_cast<uint32_t>(after)));
    o.seq.fetch_add(1);                         // seq_cst: after count, before reading waiters
    if (o.waiters.load() > 0) futex_wake(&o.seq, n);
    emit_stamped(at, EventKind::Release, id_, static_cast<int64_t>(after), line);
}

uint32_t Semaphore::value() const { return arena()->object(id_).count.load(std::memory_order_acquire); }

}  // namespace il::core
