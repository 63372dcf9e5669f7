#include "core/primitives/lock.hpp"

#include "core/common/deadlock.hpp"
#include "core/common/futex.hpp"

namespace il::core {

namespace detail {

int64_t to_timeout_ns(double seconds) { return seconds < 0 ? -1 : static_cast<int64_t>(seconds * 1e9); }

bool lock_word_take(uint32_t id, uint32_t line) {
    ObjectSlot& o = arena()->object(id);
    uint32_t expected = 0;
    if (!o.word.compare_exchange_strong(expected, 1, std::memory_order_acq_rel)) return false;
    // Uncontended: the Obtain alone tells the story (the pending op showed the request).
    o.holder.store(self() + 1u, std::memory_order_release);
    emit(EventKind::Obtain, id, 1, line);  // seq drawn after the CAS that won
    return true;
}

bool lock_word_acquire(uint32_t id, bool blocking, int64_t timeout_ns, uint32_t line, Grant grant) {
    Arena& a = *arena();
    ObjectSlot& o = a.object(id);
    const uint16_t me = self();
    if (grant != Grant::TimeOut && lock_word_take(id, line)) return true;
    emit(EventKind::AcquireRequest, id, timeout_ns, line);
    if (!blocking || grant == Grant::TimeOut || timeout_ns == 0) {
        emit(EventKind::AcquireFailed, id, 0, line);
        return false;
    }
    const int64_t deadline = timeout_ns < 0 ? -1 : monotonic_ns() + timeout_ns;
    o.waiters.fetch_add(1, std::memory_order_relaxed);
    block_on(id, line);
    bool got = false;
    for (;;) {
        if (o.word.exchange(2, std::memory_order_acq_rel) == 0) {
            got = true;
            break;
        }
        int64_t left = -1;
        if (deadline >= 0) {
            left = deadline - monotonic_ns();
            if (left <= 0) break;
        }
        futex_wait(&o.word, 2, left);
        if (a.header().stop.load(std::memory_order_acquire)) {
            o.waiters.fetch_sub(1, std::memory_order_relaxed);
            throw RunStopped{};
        }
    }
    o.waiters.fetch_sub(1, std::memory_order_relaxed);
    // No longer blocked first, holder second: a worker never shows as blocked
    // on a lock that names it as holder unless it really waits for a lock it
    // already held (docs/deadlock_detection.md).
    unblock(got);
    if (got) o.holder.store(me + 1u, std::memory_order_release);
    emit(got ? EventKind::Obtain : EventKind::AcquireFailed, id, got ? 1 : 0, line);
    return got;
}

void lock_word_release(uint32_t id, uint32_t line, int64_t count_after) {
    Arena& a = *arena();
    ObjectSlot& o = a.object(id);
    const Arena::Stamp at = stamp_self();  // drawn before the store that frees the lock
    o.holder.store(0, std::memory_order_release);
    if (o.word.exchange(0, std::memory_order_acq_rel) == 2) futex_wake(&o.word, 1);
    emit_stamped(at, EventKind::Release, id, count_after, line);
}

}  // namespace detail

Lock::Lock(std::string_view name, Loc loc) : Lock(ObjectKind::Lock, name, loc) {}

Lock::Lock(ObjectKind kind, std::string_view name, Loc loc) : id_(register_object(kind, name, line_of(loc))) {}

bool Lock::acquire(bool blocking, double timeout, Loc loc) {
    const uint32_t line = line_of(loc);
    const int64_t tns = blocking ? detail::to_timeout_ns(timeout) : 0;
    const Grant g = checkpoint(blocking ? OpKind::Acquire : OpKind::TryAcquire, id_, line, tns, blocking && tns >= 0);
    ObjectSlot& o = arena()->object(id_);
    // Python would hang here, unless another thread releases the lock for us
    // (a legitimate pattern: a Lock is not owned); say so when nobody else can.
    // The holder is read again after the wait-for snapshot: the first read
    // may predate another thread's release (the baton: Task3 frees Task1's
    // lock, then blocks on its own), and only a lock still ours after the
    // snapshot was ours at its instant — nobody else can take it meanwhile.
    const auto mine = [&] { return o.holder.load(std::memory_order_acquire) == self() + 1u; };
    if (blocking && mine() && !others_can_move(*arena(), self()) && mine())
        report_error(ErrorCode::ReacquireOwned, id_, line);
    return detail::lock_word_acquire(id_, blocking, tns, line, g);
}

// A Lock's release after its checkpoint: Python's error when it is not held.
static void release_checked(uint32_t id, uint32_t line) {
    if (arena()->object(id).word.load(std::memory_order_acquire) == 0) {
        report_error(ErrorCode::ReleaseUnlocked, id, line);
        throw RuntimeError("release unlocked lock");
    }
    detail::lock_word_release(id, line, 0);
}

void Lock::release(Loc loc) {
    const uint32_t line = line_of(loc);
    checkpoint(OpKind::Release, id_, line);
    release_checked(id_, line);
}

// The checkpoint an acquire makes, without waiting (checkpoint_if_running).
static bool acquire_checkpoint_now(uint32_t id, bool blocking, double timeout, uint32_t line) {
    const int64_t tns = blocking ? detail::to_timeout_ns(timeout) : 0;
    return checkpoint_if_running(blocking ? OpKind::Acquire : OpKind::TryAcquire, id, line, tns,
                                 blocking && tns >= 0);
}

bool Lock::acquire_now(bool blocking, double timeout, Loc loc) {
    const uint32_t line = line_of(loc);
    if (arena()->object(id_).word.load(std::memory_order_relaxed) != 0) return false;
    return acquire_checkpoint_now(id_, blocking, timeout, line) && detail::lock_word_take(id_, line);
}

bool Lock::release_now(Loc loc) {
    const uint32_t line = line_of(loc);
    if (!checkpoint_if_running(OpKind::Release, id_, line)) return false;
    release_checked(id_, line);
    return true;
}

bool Lock::locked() const { return arena()->object(id_).word.load(std::memory_order_acquire) != 0; }

RLock::RLock(std::string_view name, Loc loc) : Lock(ObjectKind::RLock, name, loc) {}

bool RLock::acquire(bool blocking, double timeout, Loc loc) {
    const uint32_t line = line_of(loc);
    const int64_t tns = blocking ? detail::to_timeout_ns(timeout) : 0;
    ObjectSlot& o = arena()->object(id_);
    const Grant g = checkpoint(blocking ? OpKind::Acquire : OpKind::TryAcquire, id_, line, tns, blocking && tns >= 0);
    if (o.holder.load(std::memory_order_acquire) == self() + 1u) {
        const uint32_t c = o.count.fetch_add(1, std::memory_order_relaxed) + 1;
        emit(EventKind::Obtain, id_, c, line);
        return true;
    }
    if (!detail::lock_word_acquire(id_, blocking, tns, line, g)) return false;
    o.count.store(1, std::memory_order_relaxed);
    return true;
}

// An RLock's release after its checkpoint: only the owner may; the last one frees it.
static void rlock_release_checked(uint32_t id, uint32_t line) {
    ObjectSlot& o = arena()->object(id);
    if (o.holder.load(std::memory_order_acquire) != self() + 1u) {
        report_error(ErrorCode::ReleaseNotOwner, id, line);
        throw RuntimeError("cannot release un-acquired lock");
    }
    const uint32_t c = o.count.load(std::memory_order_relaxed) - 1;
    o.count.store(c, std::memory_order_relaxed);
    if (c > 0) {
        emit(EventKind::Release, id, c, line);
        return;
    }
    detail::lock_word_release(id, line, 0);
}

void RLock::release(Loc loc) {
    const uint32_t line = line_of(loc);
    checkpoint(OpKind::Release, id_, line);
    rlock_release_checked(id_, line);
}

bool RLock::acquire_now(bool blocking, double timeout, Loc loc) {
    const uint32_t line = line_of(loc);
    ObjectSlot& o = arena()->object(id_);
    const bool mine = o.holder.load(std::memory_order_acquire) == self() + 1u;
    if (!mine && o.word.load(std::memory_order_relaxed) != 0) return false;
    if (!acquire_checkpoint_now(id_, blocking, timeout, line)) return false;
    if (mine) {
        const uint32_t c = o.count.fetch_add(1, std::memory_order_relaxed) + 1;
        emit(EventKind::Obtain, id_, c, line);
        return true;
    }
    if (!detail::lock_word_take(id_, line)) return false;
    o.count.store(1, std::memory_order_relaxed);
    return true;
}

bool RLock::release_now(Loc loc) {
    const uint32_t line = line_of(loc);
    if (!checkpoint_if_running(OpKind::Release, id_, line)) return false;
    rlock_release_checked(id_, line);
    return true;
}

uint32_t RLock::count() const { return arena()->object(id_).count.load(std::memory_order_acquire); }

}  // namespace il::core
