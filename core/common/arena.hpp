// core/common/arena.hpp — the shared arena: all state a run shares with its observer.
//
// The observer (GUI or CLI) creates the arena in a memfd and maps it MAP_SHARED;
// the run process inherits the fd and maps it too, and every fork()ed child of
// the demo keeps the mapping. It is plain fixed-size data: a header with control
// words, a worker table, an object table, one event ring per worker (plus one for
// the director), a console byte ring and a small bump heap for queue storage and
// thread-local values. Nothing in it is a pointer; everything is an index or an
// offset from the arena's base, so it means the same in every process.
//
// Ownership and ordering rules (the "who writes what"):
//  - header identity/layout fields: written by the observer before the run
//    process exists; read-only afterwards.
//  - control words (mode, slow_delay_us, stop): written by the observer,
//    read by workers with acquire loads.
//  - a WorkerSlot's identity fields are written by the worker's creator before
//    `used` is stored with release; readers load `used` with acquire first.
//  - a WorkerSlot's state/pending fields are written only by that worker, except
//    the step gate `go`, which the observer writes (see core/observer/director.hpp), and
//    state/blocked_on/wait_epoch of a worker that cannot run (parked in step
//    mode, or dead), which the observer or the reaper writes through
//    publish_wait (core/common/deadlock.hpp).
//  - each event ring has one producer (its worker, or the observer for the
//    director ring) and one consumer (the observer's drain).
//  - ObjectSlot state words are the primitives' own: see each primitive.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/common/clock.hpp"
#include "core/common/event.hpp"
#include "core/common/mode.hpp"

namespace il::core {

inline constexpr uint64_t kArenaMagic = 0x45564145'4c524e49ull;  // "INRLEAVE"
inline constexpr uint32_t kArenaVersion = 3;
inline constexpr size_t kNameLen = 40;

enum class RunState : uint32_t { Starting, Running, Finished, Failed };
// What the step gate hands a parked worker (WorkerSlot::go).
enum class Grant : uint32_t { None = 0, Proceed = 1, TimeOut = 2, Stop = 3 };

// Worker flags (WorkerSlot::flags).
inline constexpr uint32_t kWorkerDaemon = 1u << 0;
inline constexpr uint32_t kWorkerOrphan = 1u << 1;
inline constexpr uint32_t kWorkerReaped = 1u << 2;
inline constexpr uint32_t kWorkerCrashed = 1u << 3;   // ended by a signal or an uncaught exception
inline constexpr uint32_t kWorkerMain = 1u << 4;      // a process's main thread
inline constexpr uint32_t kWorkerHasTimeout = 1u << 5;  // its pending op has a timeout (step: may be timed out)
inline constexpr uint32_t kWorkerTerminated = 1u << 6;  // sent SIGTERM on purpose (terminate(), daemon at exit)
inline constexpr uint32_t kWorkerKilled = 1u << 7;      // sent SIGKILL on purpose (Process.kill())
// A pool's or an executor's own machinery (its handler threads), not a worker
// of the learner's: in the window's step mode it steps by itself unless the
// learner shows internals (core/observer/observer.hpp), and its timeline lane
// is grouped with the other internals.
inline constexpr uint32_t kWorkerInternal = 1u << 8;

struct alignas(64) WorkerSlot {
    // --- identity: written by the creator, published by `used` (release)
    std::atomic<uint32_t> used;
    WorkerKind kind;
    uint8_t reserved0;
    uint16_t parent;        // creating worker, kNoWorker for MainThread
    uint16_t process;       // the worker of the process this thread lives in (itself for a process)
    uint16_t reserved1;
    uint32_t object;        // the object slot that stands for this worker (join edges)
    char name[kNameLen];    // unique within the run: "MainThread", "Thread-2", "Process-1", "Process-1/Thread-3"
    // --- written by the worker itself
    std::atomic<int32_t> pid, tid, ppid;
    std::atomic<uint32_t> state;          // WorkerState
    std::atomic<uint32_t> blocked_on;     // object index, kNoObject when not blocked
    std::atomic<uint32_t> wait_epoch;     // moves on every change into or out of Blocked (core/common/deadlock.hpp)
    std::atomic<uint32_t> flags;
    std::atomic<int32_t> exitcode;        // Python's exitcode: code, or -signal
    std::atomic<uint32_t> pending_op;     // OpKind of the next operation (published before parking)
    std::atomic<uint32_t> pending_object;
    std::atomic<uint32_t> pending_line;
    std::atomic<int64_t> pending_value;   // op-specific: timeout ns, value to store, item count ...
    std::atomic<uint32_t> line;           // line of the last operation
    // --- the step gate: the observer stores a Grant and wakes `go`; the worker
    // parks on `go` while it is Grant::None. `parked` is 1 while it waits.
    std::atomic<uint32_t> go;
    std::atomic<uint32_t> parked;
    // --- join: becomes 1 (and is woken) when the worker has finished
    std::atomic<uint32_t> done;
    // --- condition variables: a notify stores 1 here and wakes it
    std::atomic<uint32_t> notified;
    // --- its event ring: head written by the producer, tail by the consumer
    alignas(64) std::atomic<uint64_t> ring_head;
    // The seq this ring's producer is recording (seq + 1), kStampDrawing while
    // it draws one, 0 when none: the observer commits nothing at or past an
    // event that is stamped but not yet in the ring (core/trace/trace.hpp, drain).
    std::atomic<uint64_t> stamping;
    std::atomic<uint64_t> dropped;        // events lost to a full ring (producer side)
    uint64_t dropped_reported;            // producer-private: drops already reported by a Dropped event
    alignas(64) std::atomic<uint64_t> ring_tail;
};

struct alignas(64) ObjectSlot {
    std::atomic<uint32_t> used;
    ObjectKind kind;
    uint8_t value_type;      // ValueType of values held (Shared, Queue items, ThreadLocal)
    uint16_t creator;        // worker that created it
    uint32_t line;           // where it was created
    uint32_t worker;         // ObjectKind::Worker: the worker it stands for
    char name[kNameLen];
    // --- primitive state; meaning by kind (see the primitive's file)
    std::atomic<uint32_t> word;      // futex word (lock state, event flag, semaphore value ...)
    std::atomic<uint32_t> holder;    // worker index + 1 holding it, 0 none (Lock, RLock)
    std::atomic<uint32_t> count;     // RLock recursion / queue size / semaphore value
    std::atomic<uint32_t> waiters;   // workers parked on it
    std::atomic<uint32_t> seq;       // futex sequence word (Condition, Queue not-empty)
    std::atomic<uint32_t> seq2;      // futex sequence word (Queue not-full, all-done)
    std::atomic<uint32_t> guard;     // internal short-term mutex (Queue, Condition)
    std::atomic<uint32_t> unfinished;  // Queue: tasks not yet task_done()
    uint32_t capacity;               // Queue maxsize (0: unbounded up to its storage), semaphore bound
    uint32_t item_size;              // bytes per Queue item / ThreadLocal value
    uint32_t storage_items;          // Queue ring length in items
    std::atomic<uint32_t> spinners;  // Queue: who spins before sleeping (0 none, 1 a getter, 2 a putter)
    uint64_t heap;                   // heap offset of the object's storage, 0 none
    std::atomic<uint64_t> head, tail;  // Queue ring indices (monotonic)
    std::atomic<int64_t> value;      // Shared<T> bits, semaphore initial value
    // Queue sleepers, getters on seq and putters on seq2: the low 32 bits count
    // those asleep, the high 32 bits the wakes sent to them and not yet taken
    // up (getters only). One word, so a sleeper leaves and takes up a wake in
    // one step (core/primitives/queue.cpp, wake_getter).
    std::atomic<uint64_t> getters, putters;
};

// WorkerSlot::stamping while the producer draws its seq (the value is not known yet).
inline constexpr uint64_t kStampDrawing = ~0ull;

// What the bytes of a value mean, so the observer can show them.
// Repr: an object kept by the process that put it (a Python program's queue
// item): 8 bytes of key, then its repr, which is what the observer shows.
enum class ValueType : uint8_t { None, Int, Double, Bool, Text, Repr };

struct DeadlockReport {
    static constexpr size_t kMax = 16;
    std::atomic<uint32_t> found;   // 0 none, 2 being written, 1 written (only the first cycle is kept)
    uint32_t length;               // members in the cycle
    uint16_t workers[kMax];        // workers[i] waits for objects[i], held by workers[i+1 mod length]
    uint32_t objects[kMax];
    uint32_t lines[kMax];
};

struct ArenaHeader {
    uint64_t magic;
    uint32_t version;
    uint32_t header_size;
    uint64_t total_size;
    uint32_t max_workers, max_objects, ring_capacity, console_size;
    uint64_t heap_size;
    uint64_t off_workers, off_objects, off_rings, off_console, off_heap;
    // clock: ticks -> ns since the run started
    int64_t t0_ns;
    uint64_t t0_ticks;
    double ns_per_tick;
    uint32_t tsc;             // 1 when ticks are TSC cycles
    char demo_id[64];
    // --- control words (observer writes)
    std::atomic<uint32_t> mode;            // DirectorMode
    std::atomic<uint32_t> slow_delay_us;   // slow mode: delay per operation
    std::atomic<uint32_t> stop;            // 1: the run is being stopped; parks return Grant::Stop
    // --- run-process state
    std::atomic<uint32_t> run_state;       // RunState
    std::atomic<int32_t> run_pid;
    std::atomic<uint64_t> next_seq;        // arena-wide event order
    std::atomic<uint32_t> worker_count;    // slots handed out
    std::atomic<uint32_t> object_count;
    std::atomic<uint32_t> in_flight;       // step: workers granted (or new) and not yet parked; futex
    std::atomic<uint32_t> step;            // step/replay: grants so far
    std::atomic<uint64_t> heap_used;
    std::atomic<uint64_t> console_write;   // bytes ever written to the console ring
    std::atomic<uint32_t> process_counter; // Python's Process-N numbering (main process children)
    std::atomic<uint32_t> failures;        // errors reported (Error events)
    std::atomic<int64_t> logical_ns;       // step/replay: the logical clock (run_clock_ns, runtime.hpp)
    std::atomic<uint32_t> outside_epoch;   // step/replay: moves when a worker comes back from uninstrumented code
    std::atomic<uint32_t> names_guard;     // held while a new worker's name is made unique (SlotGuard)
    DeadlockReport deadlock;
};

struct ArenaConfig {
    uint32_t max_workers = 128;
    uint32_t max_objects = 1024;
    uint32_t ring_capacity = 16384;  // events per worker ring; a power of two
    uint32_t console_size = 1u << 20;
    // Queue rings and pool blocks. A memfd is sparse: only pages a run writes
    // cost memory, so the heap can be generous (a Python program's unbounded
    // multiprocessing queues take ~4 MB of address each).
    uint64_t heap_size = 64ull << 20;
};

// A mapped arena. Owns the mapping (and the fd when it created it).
class Arena {
public:
    // Creates a fresh arena in a memfd (observer side). Throws std::system_error.
    static Arena create(const ArenaConfig& config = {}, std::string_view demo_id = {});
    // Maps an arena from an inherited fd (run-process side). Validates magic,
    // version and sizes; throws std::runtime_error with a clear message.
    static Arena attach(int fd);

    Arena() = default;
    Arena(Arena&& other) noexcept;
    Arena& operator=(Arena&& other) noexcept;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    ~Arena();

    bool valid() const { return base_ != nullptr; }
    int fd() const { return fd_; }
    ArenaHeader& header() const { return *reinterpret_cast<ArenaHeader*>(base_); }
    DirectorMode mode() const { return static_cast<DirectorMode>(header().mode.load(std::memory_order_acquire)); }

    uint32_t max_workers() const { return header().max_workers; }
    uint32_t worker_count() const;   // slots handed out (bounded by max_workers)
    uint32_t object_count() const;
    // Inline: every event and every primitive goes through these.
    WorkerSlot& worker(uint32_t i) const {
        return reinterpret_cast<WorkerSlot*>(base_ + header().off_workers)[i];
    }
    ObjectSlot& object(uint32_t i) const {
        return reinterpret_cast<ObjectSlot*>(base_ + header().off_objects)[i];
    }
    TraceEvent* ring(uint32_t w) const {  // w == max_workers: the director ring
        return reinterpret_cast<TraceEvent*>(base_ + header().off_rings) + uint64_t(w) * header().ring_capacity;
    }
    // The director ring's bookkeeping lives in an extra slot after the last
    // worker (index max_workers); its producer is the observer.
    uint16_t director_index() const { return static_cast<uint16_t>(max_workers()); }
    char* console() const;
    std::byte* heap(uint64_t offset) const;

    // Reserves a worker / object slot; kNoWorker / kNoObject when the table is full.
    uint16_t reserve_worker();
    uint32_t reserve_object();
    // Bump-allocates `bytes` (64-aligned) from the heap; 0 when exhausted.
    uint64_t allocate(uint64_t bytes);

    // Draws the next arena-wide sequence number for an event of `ring`'s
    // producer, and marks it in flight there (WorkerSlot::stamping) until the
    // event is in the ring: the release on the draw and on the marks lets the
    // observer's drain see a drawn seq whose event has not arrived yet.
    uint64_t stamp(uint16_t ring) const {
        std::atomic<uint64_t>& mark = worker(ring).stamping;
        mark.store(kStampDrawing, std::memory_order_release);
        const uint64_t seq = header().next_seq.fetch_add(1, std::memory_order_acq_rel);
        mark.store(seq + 1, std::memory_order_release);
        return seq;
    }
    // A sequence number and the time, taken together before a store that lets
    // other workers go (a release, a set, a put): the event recorded later
    // keeps both, so the workers it wakes come after it in order and in time,
    // and the drain holds back every later event until this one is recorded.
    struct Stamp {
        uint64_t seq, ticks;
    };
    // The time is read first: a TSC read right after the seq's locked add
    // waits for it (bench/README.md, "the lock's hot path"), and a time a few
    // cycles early changes nothing the views show (commit keeps time monotonic
    // in seq order; a release's time still precedes the store that frees).
    Stamp stamp_now(uint16_t ring) const {
        const uint64_t ticks = now_ticks();
        return {stamp(ring), ticks};
    }

    // Appends an event to `slot`'s ring (its single producer must be the caller).
    // Full ring: the event is dropped and counted; the next event that fits is
    // preceded by a Dropped event.
    void record(uint16_t worker, EventKind kind, uint32_t object, int64_t value, uint32_t line, Stamp at) {
        record_in(worker, worker, kind, object, value, line, at.seq, 0, at.ticks);
    }
    void record(uint16_t worker, EventKind kind, uint32_t object = kNoObject, int64_t value = 0, uint32_t line = 0) {
        record(worker, kind, object, value, line, stamp_now(worker));
    }
    // The same with the event's flags set (e.g. TaskDone: 1 when the task raised).
    void record_flagged(uint16_t worker, EventKind kind, uint32_t object, int64_t value, uint32_t line, uint8_t flags) {
        const Stamp at = stamp_now(worker);
        record_in(worker, worker, kind, object, value, line, at.seq, flags, at.ticks);
    }
    // The observer's events about a worker (step grants, Ready/Block in step
    // mode, deadlocks it found) go into the director ring, naming the worker.
    void record_director(uint16_t about, EventKind kind, uint32_t object = kNoObject, int64_t value = 0,
                         uint32_t line = 0) {
        const Stamp at = stamp_now(director_index());
        record_in(director_index(), about, kind, object, value, line, at.seq, 0, at.ticks);
    }

    // Copies the console text written at [offset, offset+len) if it is still in
    // the ring; returns false when it has been overwritten.
    bool console_text(uint64_t offset, uint32_t len, std::string& out) const;
    // Appends text to the console ring; returns its offset.
    uint64_t console_append(std::string_view text);

    // Ticks -> nanoseconds since the run started.
    int64_t ticks_to_ns(uint64_t ticks) const;

    // A worker other than `except` whose name is already `name`, used or being
    // made (its slot reserved and named), kNoWorker if none.
    uint16_t find_worker_named(std::string_view name, uint16_t except) const;
    // Finds a worker by name (exact), kNoWorker if none.
    uint16_t find_worker(std::string_view name) const;
    std::string_view worker_name(uint32_t i) const;
    std::string_view object_name(uint32_t i) const;

private:
    void record_in(uint16_t ring, uint16_t about, EventKind kind, uint32_t object, int64_t value, uint32_t line,
                   uint64_t seq, uint8_t flags, uint64_t ticks);
    // record_in's rare path: a full ring, or drops still to report.
    void record_slow(uint16_t ring, uint16_t about, EventKind kind, uint32_t object, int64_t value, uint32_t line,
                     uint64_t seq, uint8_t flags, uint64_t ticks);
    std::byte* base_ = nullptr;
    size_t size_ = 0;
    int fd_ = -1;
};

// Copies a name into a fixed-size field, truncating, always NUL-terminated.
void copy_name(char (&dst)[kNameLen], std::string_view src);

// Inline: every event of every primitive is recorded here.
inline void Arena::record_in(uint16_t ring_index, uint16_t w, EventKind kind, uint32_t object, int64_t value,
                             uint32_t line, uint64_t seq, uint8_t flags, uint64_t ticks) {
    WorkerSlot& s = worker(ring_index);
    const uint64_t cap = header().ring_capacity;
    const uint64_t head = s.ring_head.load(std::memory_order_relaxed);
    const uint64_t tail = s.ring_tail.load(std::memory_order_acquire);
    if (s.dropped.load(std::memory_order_relaxed) != s.dropped_reported || head - tail >= cap) [[unlikely]] {
        record_slow(ring_index, w, kind, object, value, line, seq, flags, ticks);
        return;
    }
    const uint32_t step = header().step.load(std::memory_order_relaxed);
    ring(ring_index)[head & (cap - 1)] = TraceEvent{seq, ticks, value, object, line, w, kind, flags, step};
    s.ring_head.store(head + 1, std::memory_order_release);
    s.stamping.store(0, std::memory_order_release);
}

}  // namespace il::core
