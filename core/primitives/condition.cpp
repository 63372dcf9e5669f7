#include "core/primitives/condition.hpp"

#include <algorithm>
#include <climits>
#include <vector>

#include "core/common/futex.hpp"
#include "core/common/slot_guard.hpp"

namespace il::core {

namespace {

uint16_t* waiter_list(Arena& a, const ObjectSlot& o) { return reinterpret_cast<uint16_t*>(a.heap(o.heap)); }

// Appends `me` to the FIFO list. Caller holds the guard.
void list_push(Arena& a, ObjectSlot& o, uint16_t me) {
    const uint32_t n = o.waiters.load(std::memory_order_relaxed);
    if (n >= o.capacity) throw RuntimeError("interleave: Condition waiter list overflow");  // one entry per worker
    waiter_list(a, o)[n] = me;
    o.waiters.store(n + 1, std::memory_order_release);  // release: the inspector reads the entries after it
}

// Removes `me` if present; returns whether it was there. Caller holds the guard.
bool list_remove(Arena& a, ObjectSlot& o, uint16_t me) {
    const uint32_t n = o.waiters.load(std::memory_order_relaxed);
    uint16_t* list = waiter_list(a, o);
    uint16_t* end = list + n;
    uint16_t* it = std::find(list, end, me);
    if (it == end) return false;
    std::copy(it + 1, end, it);
    o.waiters.store(n - 1, std::memory_order_release);
    return true;
}

}  // namespace

Condition::Condition(std::string_view name, Loc loc)
    : lock_(std::in_place_type<RLock>, name.empty() ? std::string() : std::string(name) + ".lock", loc) {
    init(name, line_of(loc));
}

Condition::Condition(const Lock& lock, std::string_view name, Loc loc) : lock_(std::in_place_type<Lock>, lock) {
    init(name, line_of(loc));
}

Condition::Condition(const RLock& lock, std::string_view name, Loc loc) : lock_(std::in_place_type<RLock>, lock) {
    init(name, line_of(loc));
}

void Condition::init(std::string_view name, uint32_t line) {
    Arena& a = *arena();
    const uint32_t n = a.max_workers();
    id_ = register_object(ObjectKind::Condition, name, line, ValueType::None, [&](ObjectSlot& o) {
        o.heap = a.allocate(uint64_t(n) * sizeof(uint16_t));
        o.capacity = n;
        o.value.store(lock_id(), std::memory_order_relaxed);
    });
    if (a.object(id_).heap == 0) {
        report_error(ErrorCode::ArenaFull, id_, line);
        throw RuntimeError("interleave: the arena heap is full (no room for a Condition's waiter list)");
    }
}

uint32_t Condition::lock_id() const {
    return std::visit([](const auto& l) { return l.id(); }, lock_);
}

uint32_t Condition::waiting() const { return arena()->object(id_).waiters.load(std::memory_order_acquire); }

bool Condition::acquire(bool blocking, double timeout, Loc loc) {
    return std::visit([&](auto& l) { return l.acquire(blocking, timeout, loc); }, lock_);
}

void Condition::release(Loc loc) {
    std::visit([&](auto& l) { l.release(loc); }, lock_);
}

bool Condition::holds_lock() const {
    return arena()->object(lock_id()).holder.load(std::memory_order_acquire) == self() + 1u;
}

// Releases the lock completely (an RLock at any depth); returns the depth to restore.
uint32_t Condition::release_fully(uint32_t line) {
    ObjectSlot& l = arena()->object(lock_id());
    uint32_t saved = 1;
    if (l.kind == ObjectKind::RLock) {
        saved = l.count.load(std::memory_order_relaxed);
        l.count.store(0, std::memory_order_relaxed);  // owner-only field, published by the release below
    }
    detail::lock_word_release(lock_id(), line, 0);
    return saved;
}

void Condition::reacquire(uint32_t saved, uint32_t line) {
    const Grant g = checkpoint(OpKind::Acquire, lock_id(), line, -1, false);
    detail::lock_word_acquire(lock_id(), true, -1, line, g);
    ObjectSlot& l = arena()->object(lock_id());
    if (l.kind == ObjectKind::RLock) l.count.store(saved, std::memory_order_relaxed);
}

// Waits for `notified` (run mode) or takes the step grant; on a time-out
// leaves the list. Returns true when notified.
bool Condition::await_notify(int64_t tns, uint32_t line) {
    Arena& a = *arena();
    WorkerSlot& me = self_slot();
    const Grant g = checkpoint(OpKind::CondResume, id_, line, tns, tns >= 0);
    // Acquire pairs with notify()'s release store of `notified`.
    bool got = g != Grant::TimeOut && me.notified.load(std::memory_order_acquire) != 0;
    if (!got && g != Grant::TimeOut && !stepping()) {
        const int64_t deadline = tns < 0 ? -1 : monotonic_ns() + tns;
        block_on(id_, line);
        for (;;) {
            if ((got = me.notified.load(std::memory_order_acquire) != 0)) break;
            int64_t left = -1;
            if (deadline >= 0 && (left = deadline - monotonic_ns()) <= 0) break;
            futex_wait(&me.notified, 0, left);
            if (a.header().stop.load(std::memory_order_acquire)) throw RunStopped{};
        }
        unblock(got);
    }
    if (!got) {
        ObjectSlot& o = a.object(id_);
        SlotGuard guard(o.guard);
        // Not in the list any more: a notify() popped us after the deadline but
        // before we got here, and has stored `notified`. Count it as woken, so
        // the notification is not lost.
        got = !list_remove(a, o, self());
    }
    return got;
}

bool Condition::wait(double timeout, Loc loc) {
    const uint32_t line = line_of(loc);
    const int64_t tns = detail::to_timeout_ns(timeout);
    checkpoint(OpKind::CondWait, id_, line, tns, false);
    if (!holds_lock()) throw RuntimeError("cannot wait on un-acquired lock");
    Arena& a = *arena();
    ObjectSlot& o = a.object(id_);
    WorkerSlot& me = self_slot();
    // Cleared before joining the list, so only a notify that pops us sets it.
    me.notified.store(0, std::memory_order_relaxed);
    {
        SlotGuard guard(o.guard);
        list_push(a, o, self());
    }
    emit(EventKind::CondWait, id_, tns, line);
    const uint32_t saved = release_fully(line);
    const bool got = await_notify(tns, line);
    emit(EventKind::CondWoken, id_, got ? 1 : 0, line);
    reacquire(saved, line);
    return got;
}

bool Condition::wait_for(const std::function<bool()>& predicate, double timeout, Loc loc) {
    // Python's loop: the first wait gets the whole timeout, later ones what is left.
    const int64_t tns = detail::to_timeout_ns(timeout);
    int64_t deadline = -1;
    bool result = predicate();
    while (!result) {
        double wait_s = -1;
        if (tns >= 0 && deadline < 0) {
            deadline = monotonic_ns() + tns;
            wait_s = timeout;
        } else if (tns >= 0) {
            // Step mode has no real clock: every wait there is one logical wait.
            const int64_t left = stepping() ? tns : deadline - monotonic_ns();
            if (left <= 0) break;
            wait_s = static_cast<double>(left) / 1e9;
        }
        const bool notified = wait(wait_s, loc);
        result = predicate();
        if (!notified && tns >= 0) break;  // that wait reached the deadline: so has the whole call
    }
    return result;
}

void Condition::notify(int n, Loc loc) {
    const uint32_t line = line_of(loc);
    checkpoint(OpKind::CondNotify, id_, line, n);
    if (!holds_lock()) throw RuntimeError("cannot notify on un-acquired lock");
    Arena& a = *arena();
    ObjectSlot& o = a.object(id_);
    const Arena::Stamp at = stamp_self();  // drawn before the stores that release the waiters
    std::vector<uint16_t> woken;
    {
        SlotGuard guard(o.guard);
        uint16_t* list = waiter_list(a, o);
        const uint32_t len = o.waiters.load(std::memory_order_relaxed);
        const uint32_t k = std::min<uint32_t>(len, static_cast<uint32_t>(std::max(n, 0)));
        woken.assign(list, list + k);
        std::copy(list + k, list + len, list);
        o.waiters.store(len - k, std::memory_order_release);
        // Release pairs with the waiter's acquire load in await_notify().
        for (const uint16_t w : woken) a.worker(w).notified.store(1, std::memory_order_release);
    }
    for (const uint16_t w : woken) futex_wake(&a.worker(w).notified, 1);
    emit_stamped(at, EventKind::CondNotify, id_, static_cast<int64_t>(woken.size()), line);
}

void Condition::notify_all(Loc loc) { notify(INT_MAX, loc); }

}  // namespace il::core
