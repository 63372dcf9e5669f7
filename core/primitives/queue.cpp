#include "core/primitives/queue.hpp"

#include <algorithm>
#include <cstring>

#include "core/primitives/kinds.hpp"
#include "core/common/futex.hpp"
#include "core/primitives/lock.hpp"
#include "core/common/slot_guard.hpp"

namespace il::core {

namespace {

// A cell: a 32-bit length, then up to item_size bytes, padded to 8.
uint64_t cell_stride(uint32_t item_size) { return (uint64_t(item_size) + sizeof(uint32_t) + 7) / 8 * 8; }

std::byte* cell(const Arena& a, const ObjectSlot& o, uint64_t index) {
    return a.heap(o.heap) + (index % o.storage_items) * cell_stride(o.item_size);
}

// Who may spin on a queue (ObjectSlot::spinners).
constexpr uint32_t kGetterSpins = 1, kPutterSpins = 2;
// One pending wake in ObjectSlot::getters (its high half).
constexpr uint64_t kOneWake = 1ull << 32;

// Runs `attempt` under the guard until it succeeds. Between attempts (only
// when may_wait) sleeps on `word`, a sequence word read under the guard, and
// shows the worker blocked on the queue. Returns false when it gave up
// (non-blocking, or the deadline passed); the last attempt is always made
// after the last wake-up, so an item or a slot that arrived in time is taken.
// `sleepers` counts who sleeps on `word` (ObjectSlot::getters or putters).
template <typename Attempt>
bool guarded_wait(Arena& a, ObjectSlot& o, uint32_t id, std::atomic<uint32_t>& word,
                  std::atomic<uint64_t>& sleepers, uint32_t spin_mark,
                  bool may_wait, int64_t timeout_ns, uint32_t line, Attempt&& attempt) {
    const int64_t deadline = timeout_ns < 0 ? -1 : monotonic_ns() + timeout_ns;
    bool blocked = false, done = false;
    for (;;) {
        uint32_t s = 0;
        int64_t left = -1;
        {
            SlotGuard guard(o.guard);
            if ((done = attempt())) break;
            if (!may_wait || (deadline >= 0 && (left = deadline - monotonic_ns()) <= 0)) break;
            s = word.load(std::memory_order_relaxed);  // ordered by the guard
        }
        if (!blocked) {
            // Spin briefly before sleeping (like an adaptive mutex): the other
            // side is often a few hundred nanoseconds from its put or get, and a
            // futex sleep + wake costs microseconds. Not shown as blocked. One
            // spinner per queue: a pool's idle workers spinning together would
            // take the cores the producer needs (bench/README.md, executor).
            uint32_t none = 0;
            if (o.spinners.compare_exchange_strong(none, spin_mark, std::memory_order_seq_cst)) {
                bool moved = false;
                for (int i = 0; i < 256 && !(moved = word.load(std::memory_order_acquire) != s); ++i) cpu_relax();
                o.spinners.store(0, std::memory_order_seq_cst);  // before counting as a sleeper below
                if (moved) continue;
            }
            block_on(id, line);
            blocked = true;
        }
        // Counted only now, not while spinning: a put or get that finds no
        // sleeper makes no futex call (a shared futex's wake is a syscall and a
        // page lookup, bench/README.md). Dekker with the other side's
        // bump-then-read (put_cell, get_cell): it sees this count, or this
        // futex_wait sees its bump of `word` and returns at once.
        sleepers.fetch_add(1, std::memory_order_seq_cst);
        futex_wait(&word, s, left);
        // Whatever woke it, it attempts next, so it leaves and takes up one
        // wake sent to the sleepers, in one step: the wakes pending never
        // outnumber the sleepers (a wake meant for another is taken up by
        // whoever comes back first; fewer pending only means more wakes).
        uint64_t v = sleepers.load(std::memory_order_relaxed);
        while (!sleepers.compare_exchange_weak(v, v - 1 - ((v >> 32) != 0 ? kOneWake : 0),
                                               std::memory_order_seq_cst)) {
        }
        if (a.header().stop.load(std::memory_order_acquire)) throw RunStopped{};
    }
    if (blocked) unblock(done);
    return done;
}

// Under the guard, after a put's bump of `seq`, or after a get that left items
// behind: sends a wake to an asleep getter unless enough getters will attempt
// anyway: those already woken and not yet back (the pending wakes) and the
// spinning getter. A burst of puts then makes one futex wake per sleeper, not
// one per item (each wake also let the woken worker preempt the producer;
// bench/README.md, executor). No item is left with getters asleep and nobody
// coming: a getter whose last attempt came before the put finds `seq` moved
// and attempts again (guarded_wait), every getter that comes back attempts,
// and one that takes an item and leaves more calls this again.
bool wake_getter(ObjectSlot& o) {
    uint64_t v = o.getters.load(std::memory_order_seq_cst);
    for (;;) {
        const auto asleep = static_cast<uint32_t>(v), pending = static_cast<uint32_t>(v >> 32);
        const uint32_t spinning = o.spinners.load(std::memory_order_seq_cst) == kGetterSpins ? 1 : 0;
        if (asleep <= pending + spinning) return false;
        if (o.getters.compare_exchange_weak(v, v + kOneWake, std::memory_order_seq_cst)) return true;
    }
}

[[noreturn]] void raise_full(const ObjectSlot& o, uint32_t id, uint32_t line) {
    emit(EventKind::QueueFull, id, o.count.load(std::memory_order_acquire), line);
    throw Full();
}

[[noreturn]] void raise_empty(const ObjectSlot& o, uint32_t id, uint32_t line) {
    emit(EventKind::QueueEmpty, id, o.count.load(std::memory_order_acquire), line);
    throw Empty();
}

}  // namespace

QueueCore::QueueCore(int64_t maxsize, std::string_view name, uint32_t item_size, ValueType vt, uint32_t line) {
    if (maxsize > INT32_MAX) throw ValueError("queue maxsize is too large");
    if (item_size == 0 || item_size > (1u << 20)) throw ValueError("queue item_size must be 1 .. 1048576 bytes");
    Arena& a = *arena();
    const uint32_t items = maxsize > 0 ? static_cast<uint32_t>(maxsize) : kUnboundedStorage;
    const uint64_t bytes = uint64_t(items) * cell_stride(item_size);
    id_ = register_object(ObjectKind::Queue, name, line, vt, [&](ObjectSlot& s) {
        s.capacity = maxsize > 0 ? static_cast<uint32_t>(maxsize) : 0;
        s.storage_items = items;
        s.item_size = item_size;
        s.heap = a.allocate(bytes);
    });
    ObjectSlot& o = a.object(id_);
    if (o.heap == 0) {
        report_error(ErrorCode::ArenaFull, id_, line);
        throw RuntimeError("interleave: the arena heap is full: queue '" + std::string(a.object_name(id_)) +
                           "' needs " + std::to_string(bytes) + " bytes (" + std::to_string(o.storage_items) +
                           " items of up to " + std::to_string(item_size) +
                           " bytes); use a smaller maxsize or item_size");
    }
}

namespace {

// What a put or get did under the guard, for the wake and the event after it.
struct Done {
    Arena::Stamp at{};
    uint32_t size_after = 0;
    bool wake = false;        // a put: an asleep getter; a get: an asleep putter
    bool wake_getter = false;  // a get that left items: another asleep getter
};

void check_item_size(const ObjectSlot& o, std::string_view item) {
    if (item.size() > o.item_size)  // argument check: no step
        throw ValueError("queue item of " + std::to_string(item.size()) +
                         " bytes is larger than the queue's item_size (" + std::to_string(o.item_size) + " bytes)");
}

// Stores `item` at the tail, or returns false when the queue is full. Under the guard.
bool put_cell(Arena& a, ObjectSlot& o, uint32_t id, std::string_view item, Done& d) {
    const uint32_t n = o.count.load(std::memory_order_relaxed);
    if (n >= queue_capacity(o)) {
        if (o.capacity == 0)
            throw RuntimeError("interleave: unbounded queue '" + std::string(a.object_name(id)) +
                               "' is out of storage: it holds at most " + std::to_string(o.storage_items) +
                               " items in this runtime (Python's has no limit)");
        return false;
    }
    const uint64_t t = o.tail.load(std::memory_order_relaxed);
    std::byte* c = cell(a, o, t);
    const auto len = static_cast<uint32_t>(item.size());
    std::memcpy(c, &len, sizeof len);
    std::memcpy(c + sizeof len, item.data(), len);
    d.at = stamp_self();  // under the guard: precedes the QueueGet of this item
    // Release: the observer's snapshot reads the cell after loading tail.
    o.tail.store(t + 1, std::memory_order_release);
    o.count.store(d.size_after = n + 1, std::memory_order_release);
    o.unfinished.fetch_add(1, std::memory_order_release);
    o.seq.fetch_add(1, std::memory_order_seq_cst);  // then read the sleepers (guarded_wait)
    d.wake = wake_getter(o);
    return true;
}

// Takes the head item into `out`, or returns false when the queue is empty. Under the guard.
bool get_cell(const Arena& a, ObjectSlot& o, std::string& out, Done& d) {
    const uint32_t n = o.count.load(std::memory_order_relaxed);
    if (n == 0) return false;
    const uint64_t h = o.head.load(std::memory_order_relaxed);
    const std::byte* c = cell(a, o, h);
    uint32_t len = 0;
    std::memcpy(&len, c, sizeof len);
    out.assign(reinterpret_cast<const char*>(c + sizeof len), std::min(len, o.item_size));
    d.at = stamp_self();  // under the guard: follows the QueuePut of this item
    o.head.store(h + 1, std::memory_order_release);
    o.count.store(d.size_after = n - 1, std::memory_order_release);
    o.seq2.fetch_add(1, std::memory_order_seq_cst);  // then read the sleepers (guarded_wait)
    d.wake = static_cast<uint32_t>(o.putters.load(std::memory_order_seq_cst)) > 0;  // putters asleep
    d.wake_getter = n > 1 && wake_getter(o);
    return true;
}

void after_put(ObjectSlot& o, uint32_t id, const Done& d, uint32_t line) {
    if (d.wake) futex_wake(&o.seq, 1);
    emit_stamped(d.at, EventKind::QueuePut, id, d.size_after, line);
}

void after_get(ObjectSlot& o, uint32_t id, const Done& d, uint32_t line) {
    if (d.wake) futex_wake(&o.seq2, 1);
    if (d.wake_getter) futex_wake(&o.seq, 1);
    emit_stamped(d.at, EventKind::QueueGet, id, d.size_after, line);
}

}  // namespace

void QueueCore::put(std::string_view item, bool block, double timeout, uint32_t line) {
    Arena& a = *arena();
    ObjectSlot& o = a.object(id_);
    check_item_size(o, item);
    const int64_t tns = block ? detail::to_timeout_ns(timeout) : 0;
    const Grant g = checkpoint(block ? OpKind::QueuePut : OpKind::QueuePutNowait, id_, line, tns, block && tns >= 0);
    if (g == Grant::TimeOut) raise_full(o, id_, line);
    Done d;
    // Step mode: a granted put has room (core/primitives/queue_rules.cpp), so it never waits.
    if (!guarded_wait(a, o, id_, o.seq2, o.putters, kPutterSpins, block && tns != 0 && !stepping(), tns, line,
                      [&] { return put_cell(a, o, id_, item, d); }))
        raise_full(o, id_, line);
    after_put(o, id_, d, line);
}

bool QueueCore::put_now(std::string_view item, bool block, double timeout, uint32_t line) {
    Arena& a = *arena();
    ObjectSlot& o = a.object(id_);
    check_item_size(o, item);
    const int64_t tns = block ? detail::to_timeout_ns(timeout) : 0;
    if (!checkpoint_if_running(block ? OpKind::QueuePut : OpKind::QueuePutNowait, id_, line, tns, block && tns >= 0))
        return false;
    Done d;
    {
        SlotGuard guard(o.guard);
        if (!put_cell(a, o, id_, item, d)) return false;
    }
    after_put(o, id_, d, line);
    return true;
}

std::string QueueCore::get(bool block, double timeout, uint32_t line) {
    Arena& a = *arena();
    ObjectSlot& o = a.object(id_);
    const int64_t tns = block ? detail::to_timeout_ns(timeout) : 0;
    const Grant g = checkpoint(block ? OpKind::QueueGet : OpKind::QueueGetNowait, id_, line, tns, block && tns >= 0);
    if (g == Grant::TimeOut) raise_empty(o, id_, line);
    std::string out;
    Done d;
    // Step mode: a granted get finds an item (core/primitives/queue_rules.cpp), so it never waits.
    if (!guarded_wait(a, o, id_, o.seq, o.getters, kGetterSpins, block && tns != 0 && !stepping(), tns, line,
                      [&] { return get_cell(a, o, out, d); }))
        raise_empty(o, id_, line);
    after_get(o, id_, d, line);
    return out;
}

bool QueueCore::get_now(std::string& out, bool block, double timeout, uint32_t line) {
    Arena& a = *arena();
    ObjectSlot& o = a.object(id_);
    const int64_t tns = block ? detail::to_timeout_ns(timeout) : 0;
    if (!checkpoint_if_running(block ? OpKind::QueueGet : OpKind::QueueGetNowait, id_, line, tns, block && tns >= 0))
        return false;
    Done d;
    {
        SlotGuard guard(o.guard);
        if (!get_cell(a, o, out, d)) return false;
    }
    after_get(o, id_, d, line);
    return true;
}

uint32_t QueueCore::qsize(uint32_t line) const {
    checkpoint(OpKind::QueueInspect, id_, line);
    return peek_size();
}

bool QueueCore::empty(uint32_t line) const { return qsize(line) == 0; }

bool QueueCore::full(uint32_t line) const {
    const uint32_t n = qsize(line);
    return maxsize() > 0 && n >= maxsize();  // Python: 0 < maxsize <= qsize()
}

void QueueCore::task_done(uint32_t line) {
    checkpoint(OpKind::QueueTaskDone, id_, line);
    Arena& a = *arena();
    ObjectSlot& o = a.object(id_);
    const Arena::Stamp at = stamp_self();  // drawn before the store that may release joiners
    uint32_t u = o.unfinished.load(std::memory_order_acquire);
    do {
        if (u == 0) throw ValueError("task_done() called too many times");
    } while (!o.unfinished.compare_exchange_weak(u, u - 1, std::memory_order_acq_rel));
    if (u == 1) futex_wake_all(&o.unfinished);
    emit_stamped(at, EventKind::QueueTaskDone, id_, u - 1, line);
}

void QueueCore::join(uint32_t line) {
    checkpoint(OpKind::QueueJoin, id_, line);
    Arena& a = *arena();
    ObjectSlot& o = a.object(id_);
    // Step mode: a granted join finds unfinished == 0 (core/primitives/queue_rules.cpp).
    // Acquire pairs with task_done()'s acq_rel decrement.
    uint32_t u = o.unfinished.load(std::memory_order_acquire);
    if (u == 0 || stepping()) return;
    block_on(id_, line);
    while ((u = o.unfinished.load(std::memory_order_acquire)) != 0) {
        futex_wait(&o.unfinished, u);
        if (a.header().stop.load(std::memory_order_acquire)) throw RunStopped{};
    }
    unblock(true);
}

uint32_t QueueCore::maxsize() const { return arena()->object(id_).capacity; }
uint32_t QueueCore::item_size() const { return arena()->object(id_).item_size; }
uint32_t QueueCore::peek_size() const { return arena()->object(id_).count.load(std::memory_order_acquire); }

std::vector<std::string> queue_contents(const Arena& a, uint32_t object, size_t max_items) {
    std::vector<std::string> raw;
    if (object >= a.object_count()) return raw;
    const ObjectSlot& o = a.object(object);
    if (o.kind != ObjectKind::Queue || o.heap == 0 || o.storage_items == 0) return raw;
    // Acquire pairs with put()/get()'s release stores of tail/head.
    const uint64_t h = o.head.load(std::memory_order_acquire);
    const uint64_t t = o.tail.load(std::memory_order_acquire);
    const uint64_t n = t > h ? std::min<uint64_t>({t - h, o.storage_items, max_items}) : 0;
    for (uint64_t i = h; i < h + n; ++i) {
        const std::byte* c = cell(a, o, i);
        uint32_t len = 0;
        std::memcpy(&len, c, sizeof len);
        raw.emplace_back(reinterpret_cast<const char*>(c + sizeof len), std::min(len, o.item_size));
    }
    // A cell can only be overwritten after its item was got, i.e. after head
    // passed it: drop the items got meanwhile; the rest were read intact. The
    // fence orders the cell reads before the head re-read (a seqlock reader).
    std::atomic_thread_fence(std::memory_order_acquire);
    const uint64_t h2 = o.head.load(std::memory_order_acquire);
    const size_t gone = static_cast<size_t>(std::min<uint64_t>(h2 > h ? h2 - h : 0, raw.size()));
    std::vector<std::string> out;
    out.reserve(raw.size() - gone);
    const auto vt = static_cast<ValueType>(o.value_type);
    for (size_t i = gone; i < raw.size(); ++i) out.push_back(format_value(vt, raw[i]));
    return out;
}

}  // namespace il::core
