// core/primitives/queue.hpp — Queue<T> with Python's semantics (queue.Queue, and
// multiprocessing.Queue/JoinableQueue: the same object works between threads and
// between fork()ed processes).
//
// The items live in the arena heap as a ring of fixed-size cells, each a
// 32-bit length followed by up to `item_size` bytes (core/common/value_bytes.hpp says
// how a T becomes bytes). State in the object's slot:
//   capacity       maxsize (0: unbounded)
//   storage_items  ring length in cells: maxsize, or kUnboundedStorage for an
//                  unbounded queue. That is an honest limit: an unbounded queue
//                  holding that many items raises RuntimeError on the next put
//                  (in step mode that put is simply not enabled, as for a full
//                  queue: step rules use queue_capacity()).
//   item_size      bytes per item; heap: offset of the ring
//   head, tail     monotonic get/put indices (cell = index % storage_items)
//   count          tail - head, the size (what step mode's rules and the inspector read)
//   unfinished     items put and not yet task_done()
//   seq / seq2     futex sequence words bumped by every put (not-empty) / get (not-full)
//   waiters        workers sleeping in put/get (lets the other side skip the wake syscall)
//   guard          a short internal mutex over all of the above (core/common/slot_guard.hpp)
// Ordering: every change happens under the guard, so the guard's acquire/
// release orders it; head/tail/count are also stored with release so the
// observer's lock-free snapshot (queue_contents) reads cells published before
// them. Event seqs are drawn under the guard, so a put's QueuePut always
// precedes the QueueGet of the same item. A waiter reads seq/seq2 under the
// guard before sleeping on it, so a put/get that comes after changes the word
// and the futex returns at once: no wake-up is lost.
//
// Events: QueuePut/QueueGet (value: size after), QueueFull/QueueEmpty when
// raising (value: size), QueueTaskDone (value: unfinished after). A raised
// Full/Empty is ordinary control flow in Python, so it is not an Error event.
//
// A handle is a small value (the object index); copies refer to the same queue.
// Any worker may call anything.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/runtime/runtime.hpp"
#include "core/common/value_bytes.hpp"

namespace il::core {

// Cells given to an unbounded queue (maxsize <= 0).
inline constexpr uint32_t kUnboundedStorage = 16384;
inline constexpr uint32_t kDefaultItemSize = 64;

// The byte-level queue; Queue<T> encodes and decodes around it.
class QueueCore {
public:
    QueueCore(int64_t maxsize, std::string_view name, uint32_t item_size, ValueType vt, uint32_t line);
    explicit QueueCore(Existing e) : id_(e.id) {}

    void put(std::string_view item, bool block, double timeout, uint32_t line);
    std::string get(bool block, double timeout, uint32_t line);
    // For a front end holding a lock of its own across the call (the Python
    // GIL): the put or get, done at once when it cannot wait — the director
    // lets the run go (Run mode) and there is room, or an item. Otherwise
    // nothing is done or recorded and false comes back; the caller drops its
    // lock and calls put() or get() with the same arguments.
    bool put_now(std::string_view item, bool block, double timeout, uint32_t line);
    bool get_now(std::string& out, bool block, double timeout, uint32_t line);
    uint32_t qsize(uint32_t line) const;
    bool empty(uint32_t line) const;
    bool full(uint32_t line) const;
    void task_done(uint32_t line);
    void join(uint32_t line);

    uint32_t id() const { return id_; }
    uint32_t maxsize() const;
    uint32_t item_size() const;
    // The size now, read without a step (for summaries and checks).
    uint32_t peek_size() const;

private:
    uint32_t id_ = kNoObject;
};

template <typename T>
class Queue {
    static_assert(kStorableValue<T>, "Queue<T>: T is int64_t, double, bool, std::string or trivially copyable");

public:
    // Queue(maxsize=0): maxsize <= 0 means unbounded (up to kUnboundedStorage
    // items). item_size bounds one item's bytes (std::string items longer than
    // that raise ValueError on put).
    explicit Queue(int64_t maxsize = 0, std::string_view name = {}, uint32_t item_size = kDefaultItemSize,
                   Loc loc = Loc::current())
        : core_(maxsize, name, std::max<uint32_t>(item_size, fixed_size()), value_type_for<T>(), line_of(loc)) {}

    // put(item, block=True, timeout=None): raises Full when no room came in
    // time (at once when block is false).
    void put(const T& item, bool block = true, double timeout = -1, Loc loc = Loc::current()) {
        core_.put(encode_value(item), block, timeout, line_of(loc));
    }
    // get(block=True, timeout=None): raises Empty when no item came in time.
    T get(bool block = true, double timeout = -1, Loc loc = Loc::current()) {
        return decode_value<T>(core_.get(block, timeout, line_of(loc)));
    }
    void put_nowait(const T& item, Loc loc = Loc::current()) { core_.put(encode_value(item), false, -1, line_of(loc)); }
    T get_nowait(Loc loc = Loc::current()) { return decode_value<T>(core_.get(false, -1, line_of(loc))); }
    // qsize/empty/full are steps too: the course prints qsize() after each put.
    uint32_t qsize(Loc loc = Loc::current()) const { return core_.qsize(line_of(loc)); }
    bool empty(Loc loc = Loc::current()) const { return core_.empty(line_of(loc)); }
    bool full(Loc loc = Loc::current()) const { return core_.full(line_of(loc)); }
    // task_done(): ValueError when called more times than items were put.
    void task_done(Loc loc = Loc::current()) { core_.task_done(line_of(loc)); }
    // join(): blocks until every item put has been task_done().
    void join(Loc loc = Loc::current()) { core_.join(line_of(loc)); }

    uint32_t id() const { return core_.id(); }
    uint32_t maxsize() const { return core_.maxsize(); }
    uint32_t peek_size() const { return core_.peek_size(); }

private:
    static constexpr uint32_t fixed_size() {
        if constexpr (std::is_same_v<T, std::string>) return 0;
        else return static_cast<uint32_t>(encoded_size_of<T>());
    }
    QueueCore core_;
};

// Observer side: the queue's items, oldest first, formatted as Python shows
// them (42, 0.5, True, 'text'; raw bytes as b'\x..'). Lock-free and
// racy-but-safe: it never takes the guard (a stopped run cannot wedge the
// window); items consumed while it reads are dropped from the result, so every
// item shown was really in the queue. Exact when the run holds still (step mode,
// or after the run). At most max_items are formatted.
std::vector<std::string> queue_contents(const Arena& arena, uint32_t object, size_t max_items = SIZE_MAX);

}  // namespace il::core
