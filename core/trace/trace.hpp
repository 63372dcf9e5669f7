// core/trace/trace.hpp — the trace store: what every view draws.
//
// The observer (GUI or CLI) drains the arena's event rings into a TraceStore,
// which merges them into one sequence ordered by `seq` and turns it into
// per-lane data: worker state intervals, lock ownership intervals (with
// contention and hand-offs), object level samples (queue fill, event flag,
// semaphore value, shared value), markers (fork, start, exit, print, timeout,
// deadlock, error, user steps, results), the console and the results map. It
// also works without an arena: a trace loaded from a file, or synthetic events
// in tests, go through append() and the same code path.
//
// Thread rules: a TraceStore is plain data, not thread-safe. One thread fills
// it and reads it (the UI thread at the start of a frame, or the CLI); at most
// one store drains a given arena (drain() owns the consumer side of every ring:
// it loads ring_head with acquire and stores ring_tail with release).
//
// Order and time. `seq` is the truth (see core/common/event.hpp). A worker draws its
// seq before its event reaches the ring: a moment before, or, for a release
// stamped before the store that wakes its waiters, across a futex syscall and
// any preemption there. So every ring says which seq its producer is stamping
// (WorkerSlot::stamping) and drain() commits only the events below the lowest
// seq still in flight (and below next_seq as read before draining); while a
// producer is between marking and drawing, nothing new is committed. Every
// event therefore commits in seq order however long it takes to arrive.
// finish() commits the rest; an event that would still arrive after a higher
// seq was committed (a producer killed mid-record) is committed at once and
// counted as `late`. Times are ns since the run started
// (Arena::ticks_to_ns) and steps are the event's `step`; both are clamped to be
// non-decreasing along seq order, so every lane is sorted on both axes and
// "A released, then B obtained" never draws B's hold before A's release ends.
// In the store, a raw event's `tsc` holds that ns time (event_ns()), its step
// the clamped step, and for Print/User/Result its `value` is an index into
// texts() (the text is captured from the console ring at drain time).
//
// Missing events (rings drop on overflow) do not derail the lanes: any event a
// worker records itself proves it is running, an Obtain closes a stale hold,
// a Reaped ends a process that never reported its exit.
//
// Bounded memory (TraceLimits). Derived data keeps going for the whole run:
//  - consecutive intervals with the same state and object are one interval;
//  - when a lane reaches its cap, every pair of adjacent closed intervals is
//    merged into one (state and holder of the longer part, `merged` counts the
//    originals), halving the lane: resolution stays uniform over the run;
//  - samples coarsen the same way (keeping min and max), hand-offs and markers
//    are thinned (every other one; deadlocks, errors and lifecycle markers
//    last), console lines beyond the cap drop the oldest;
//  - raw events beyond max_raw_events are thinned: every other event of the
//    least informative kinds first (loads, requests, waits-done …), then of
//    state-changing kinds, lifecycle and text events last. counts() says how
//    many were dropped; derived data already accounted for them.
// Texts beyond max_text_bytes are replaced by a short notice.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/arena.hpp"
#include "core/common/deadlock.hpp"
#include "core/common/event.hpp"

namespace il::core {

// t1 / s1 of a lane's last interval while it is still open: draw it to end().
inline constexpr int64_t kOpenEnd = std::numeric_limits<int64_t>::max();
inline constexpr uint32_t kNoText = 0xffffffffu;
// Lanes are made for worker indices below this and object indices below
// kMaxObjectLanes; events naming larger indices only count.
inline constexpr uint32_t kMaxWorkerLanes = 4096;
inline constexpr uint32_t kMaxObjectLanes = 1u << 16;

// The two time axes: ns since the run started (run/slow), or step index (step/replay).
enum class Axis : uint8_t { Ns, Step };

// A half-open span [t0, t1) on one axis.
struct TimeRange {
    int64_t t0 = 0;
    int64_t t1 = kOpenEnd;
    Axis axis = Axis::Ns;
};

// The ns time of an event held by a store.
inline int64_t event_ns(const TraceEvent& e) { return static_cast<int64_t>(e.tsc); }
inline int64_t event_time(const TraceEvent& e, Axis a) { return a == Axis::Ns ? event_ns(e) : e.step; }

struct StateInterval {
    int64_t t0 = 0, t1 = kOpenEnd;  // ns
    int64_t s0 = 0, s1 = kOpenEnd;  // steps
    uint32_t object = kNoObject;    // Blocked: what it waits on; Ready: its pending object
    uint32_t line = 0;              // source line where the state began
    uint32_t merged = 1;            // original intervals it stands for (coarsening)
    WorkerState state = WorkerState::New;
    friend bool operator==(const StateInterval&, const StateInterval&) = default;
};

// One hold of a lock (Lock, RLock, GIL) or one acquired unit of a semaphore.
struct HoldInterval {
    int64_t t0 = 0, t1 = kOpenEnd;
    int64_t s0 = 0, s1 = kOpenEnd;
    uint16_t holder = kNoWorker;
    uint16_t max_waiters = 0;  // most workers blocked on the object during the hold
    bool contended = false;    // someone else was blocked on it during the hold
    uint32_t line = 0;         // where it was obtained
    uint32_t merged = 1;
    friend bool operator==(const HoldInterval&, const HoldInterval&) = default;
};

// The level of an object after an operation: queue size (QueuePut/Get), event
// flag (EventSet/Clear), semaphore value (Obtain/Release), shared value (Store).
struct LevelSample {
    int64_t t = 0, s = 0;
    int64_t value = 0;          // level after the operation (after the last one when coarsened)
    int64_t min = 0, max = 0;   // over the samples coarsened into this one
    uint16_t worker = kNoWorker;
    friend bool operator==(const LevelSample&, const LevelSample&) = default;
};

// B obtained a lock that A released while B was blocked on it: an arrow from
// A's release to B's obtain.
struct HandOff {
    int64_t t_release = 0, t_obtain = 0;
    int64_t s_release = 0, s_obtain = 0;
    uint16_t from = kNoWorker, to = kNoWorker;
    friend bool operator==(const HandOff&, const HandOff&) = default;
};

enum class MarkerKind : uint8_t {
    Fork, Start, Exit, Print, Timeout, Deadlock, Stuck, Error, User, Result,
    Joined, Reaped, Orphaned, Terminated, QueueFull, QueueEmpty, Dropped, Count
};
std::string_view to_string(MarkerKind k);

struct Marker {
    int64_t t = 0, s = 0;
    int64_t value = 0;          // the event's value (exit code, child pid, error code …)
    uint32_t object = kNoObject;
    uint32_t line = 0;
    uint32_t text = kNoText;    // Print / User / Result: index into texts()
    uint16_t worker = kNoWorker;
    MarkerKind kind = MarkerKind::Print;
};

struct ConsoleLine {
    int64_t t = 0, s = 0;
    uint16_t worker = kNoWorker;
    uint32_t line = 0;
    uint32_t text = kNoText;
};

struct ResultEntry {
    std::string key, value;
    int64_t t = 0;
    uint16_t worker = kNoWorker;
};

// Snapshots of the arena's tables (or what a file / a test says).
struct WorkerInfo {
    std::string name;
    WorkerKind kind = WorkerKind::Thread;
    uint16_t parent = kNoWorker, process = kNoWorker;
    uint32_t object = kNoObject;  // the object that stands for the worker (join edges)
    int32_t pid = 0, ppid = 0, exitcode = 0;
    uint32_t flags = 0;           // kWorkerDaemon, kWorkerOrphan, kWorkerReaped …
    uint32_t line = 0;
    bool known = false;           // false: a placeholder made for an event's worker index
};

struct ObjectInfo {
    std::string name;
    ObjectKind kind = ObjectKind::None;
    ValueType value_type = ValueType::None;
    uint16_t creator = kNoWorker;
    uint16_t worker = kNoWorker;  // ObjectKind::Worker: the worker it stands for
    uint32_t line = 0;
    uint32_t capacity = 0;        // Queue maxsize, semaphore bound
    bool known = false;
};

struct RunInfo {
    std::string demo_id;
    std::string mode;                 // "run", "slow", "step", "replay" (the last one seen)
    std::vector<std::string> params;  // "name=value"
};

struct TraceCounts {
    uint64_t events = 0;           // committed events (kept raw or not)
    uint64_t dropped = 0;          // lost to full rings (sum of Dropped values)
    uint64_t late = 0;             // committed after an event with a higher seq
    uint64_t raw_thinned = 0;      // committed but not kept as raw events
    uint64_t coarsened = 0;        // intervals / samples merged to respect the caps
    uint64_t markers_thinned = 0;
    uint64_t console_dropped = 0;
    uint64_t texts_dropped = 0;    // texts replaced by a notice (lost in the ring, or over the cap)
    std::array<uint64_t, static_cast<size_t>(EventKind::Count)> by_kind{};
};

// What dropped events mean and what to try, for the mode the run was in: one
// text for the CLI summary and the window's status bar. Empty when none were
// dropped. (In step and replay modes every operation waits for the observer,
// so a full ring there is a bug to report, not a speed to tune.)
std::string dropped_events_hint(uint64_t dropped, DirectorMode mode);

struct TraceLimits {
    size_t max_raw_events = 2'000'000;
    size_t max_intervals_per_lane = 1u << 16;  // state intervals per worker, holds per lock slot
    size_t max_samples_per_object = 1u << 16;
    size_t max_markers_per_lane = 1u << 14;
    size_t max_handoffs_per_object = 1u << 14;
    size_t max_console_lines = 100'000;
    size_t max_text_bytes = 32u << 20;
};

class TraceStore {
public:
    explicit TraceStore(TraceLimits limits = {});

    // --- filling -------------------------------------------------------------
    // Pulls new events from every worker ring and the director ring, snapshots
    // the worker/object tables and commits what is safe to commit (see above:
    // events below every seq still being stamped). Returns the number taken
    // from the rings.
    // When the run has ended, drain once more and call finish().
    size_t drain(const Arena& arena);
    // Commits everything still held back (the run is over, or a test is done).
    void finish();
    // Commits one event in the caller's order (no arena): `ev.tsc` holds ns since
    // the run started; `text` is the Print/User/Result text.
    void append(const TraceEvent& ev, std::string_view text = {});
    void set_worker(uint16_t index, WorkerInfo info);
    void set_object(uint32_t index, ObjectInfo info);
    void set_run_info(RunInfo info) { run_ = std::move(info); }
    void set_deadlock_cycle(std::optional<Cycle> c) { cycle_ = std::move(c); }
    // For loaders: the counts of the original run (a thinned trace replays fewer events).
    void set_counts(const TraceCounts& c) { counts_ = c; }

    // --- tables --------------------------------------------------------------
    const RunInfo& run_info() const { return run_; }
    size_t worker_count() const { return workers_.size(); }   // lanes: max worker index + 1
    const WorkerInfo& worker(uint16_t w) const;
    std::string_view worker_name(uint16_t w) const;            // "?" for kNoWorker
    uint16_t find_worker(std::string_view name) const;         // kNoWorker when none has that name
    size_t object_count() const { return objects_.size(); }
    const ObjectInfo& object(uint32_t o) const;
    std::string_view object_name(uint32_t o) const;
    const std::optional<Cycle>& deadlock_cycle() const { return cycle_; }
    // "Thread-1 waits for lock_b held by Thread-2, which waits for lock_a held
    // by Thread-1" (the wording of core/common/deadlock.hpp's describe, from the store).
    std::string describe_cycle(const Cycle& c) const;
    const TraceCounts& counts() const { return counts_; }
    // Calls to each function the runtime does not stand behind (an Outside
    // object -> how many, from its OutsideEnter events).
    const std::map<uint32_t, uint64_t>& outside_calls() const { return outside_calls_; }
    const TraceLimits& limits() const { return limits_; }
    bool thinned() const { return counts_.raw_thinned > 0; }

    // --- time ----------------------------------------------------------------
    int64_t end_ns() const { return end_ns_; }      // time of the last committed event
    int64_t end_step() const { return end_step_; }
    int64_t end(Axis a) const { return a == Axis::Ns ? end_ns_ : end_step_; }

    // --- worker lanes ------------------------------------------------------------
    // Contiguous, sorted on both axes; the last one is open (t1 == kOpenEnd).
    std::span<const StateInterval> intervals(uint16_t worker) const;
    std::span<const StateInterval> intervals_in(uint16_t worker, TimeRange r) const;
    std::optional<StateInterval> state_at(uint16_t worker, int64_t t, Axis a = Axis::Ns) const;
    // Markers of a worker's lane; kNoWorker: run-level markers (events naming
    // no worker, e.g. a director event about the run itself). Sorted on both axes.
    std::span<const Marker> markers(uint16_t worker) const;
    std::span<const Marker> markers_in(uint16_t worker, TimeRange r) const;

    // --- object lanes ------------------------------------------------------------
    // Objects that were ever obtained (locks, RLocks, the GIL, semaphores) have
    // hold slots: one for a lock; one per concurrent holder for a semaphore.
    // Within a slot, holds are disjoint and sorted; only the last may be open.
    size_t hold_slots(uint32_t object) const;
    std::span<const HoldInterval> holds(uint32_t object, size_t slot = 0) const;
    std::span<const HoldInterval> holds_in(uint32_t object, size_t slot, TimeRange r) const;
    std::vector<uint16_t> holders_at(uint32_t object, int64_t t, Axis a = Axis::Ns) const;
    // Workers blocked on the object at t (from their state intervals).
    std::vector<uint16_t> waiters_at(uint32_t object, int64_t t, Axis a = Axis::Ns) const;
    std::span<const LevelSample> samples(uint32_t object) const;
    std::span<const LevelSample> samples_in(uint32_t object, TimeRange r) const;
    std::optional<int64_t> level_at(uint32_t object, int64_t t, Axis a = Axis::Ns) const;
    std::span<const HandOff> handoffs(uint32_t object) const;

    // --- raw events --------------------------------------------------------------
    std::span<const TraceEvent> events() const { return raw_; }
    std::span<const TraceEvent> events_in(TimeRange r) const;
    // The last kept event at or before t; nullptr if none.
    const TraceEvent* last_event_at(int64_t t, Axis a = Axis::Ns) const;

    // --- console, results, texts ---------------------------------------------------
    std::span<const ConsoleLine> console() const { return console_; }
    const std::vector<ResultEntry>& results() const { return results_; }
    std::optional<std::string_view> result(std::string_view key) const;
    std::string_view text(uint32_t id) const;
    std::span<const std::string> texts() const { return texts_; }

private:
    struct WorkerLane {
        std::vector<StateInterval> intervals;
        std::vector<Marker> markers;
        uint32_t woke_timed_out = kNoObject;  // its last Wake timed out on this object
    };
    struct PendingRelease {
        int64_t t = 0, s = 0;
        uint16_t from = kNoWorker;
        std::vector<uint16_t> waiting;  // blocked on the object when it was released
    };
    struct ObjectLane {
        std::vector<std::vector<HoldInterval>> slots;
        std::vector<LevelSample> samples;
        std::vector<HandOff> handoffs;
        std::vector<uint16_t> waiters;  // blocked on it now
        std::optional<PendingRelease> released;
    };
    // drain (trace_drain.cpp)
    size_t drain_ring(const Arena& a, uint32_t ring, bool director);
    void snapshot_tables(const Arena& a);
    void merge_pending_runs();
    void commit_below(uint64_t seq);
    uint32_t capture_text(const Arena& a, int64_t value);

    // commit and caps (trace.cpp)
    void commit(TraceEvent ev);
    void keep_raw(const TraceEvent& e);
    uint32_t add_text(std::string_view text);
    WorkerLane* lane(uint16_t w);
    ObjectLane* object_lane(uint32_t o);
    void add_marker(uint16_t w, MarkerKind k, const TraceEvent& e, uint32_t text = kNoText);
    void add_sample(uint32_t o, const TraceEvent& e, int64_t value);
    void push_interval(WorkerLane& l, const StateInterval& iv);
    void push_hold(std::vector<HoldInterval>& slot, const HoldInterval& h);
    void add_handoff(ObjectLane& o, const HandOff& h);
    void add_console(const ConsoleLine& c);

    // event handlers (trace_ingest.cpp)
    void ingest(const TraceEvent& e);
    void set_state(uint16_t w, WorkerState s, uint32_t object, const TraceEvent& e);
    WorkerState state_now(uint16_t w) const;
    void on_worker_new(const TraceEvent& e);
    void on_exit(const TraceEvent& e);
    void on_reaped(const TraceEvent& e);
    void on_orphaned(const TraceEvent& e);
    void on_block(const TraceEvent& e);
    void on_obtain(const TraceEvent& e);
    void on_release(const TraceEvent& e);
    void on_timeout(const TraceEvent& e);
    void on_text(const TraceEvent& e);
    void add_waiter(uint32_t object, uint16_t w);
    void remove_waiter(uint32_t object, uint16_t w);
    size_t hold_slot_for_obtain(ObjectLane& o, ObjectKind k, const TraceEvent& e, bool& reentry);

    TraceLimits limits_;
    RunInfo run_;
    std::vector<WorkerInfo> workers_;
    std::vector<ObjectInfo> objects_;
    std::vector<WorkerLane> lanes_;
    WorkerLane run_lane_;  // run-level markers
    std::vector<ObjectLane> object_lanes_;
    std::vector<TraceEvent> raw_;
    std::vector<ConsoleLine> console_;
    std::vector<ResultEntry> results_;
    std::vector<std::string> texts_;
    size_t text_bytes_ = 0;
    uint32_t notice_text_ = kNoText;  // the shared "text limit reached" notice
    std::optional<Cycle> cycle_;
    TraceCounts counts_;
    std::map<uint32_t, uint64_t> outside_calls_;
    int64_t end_ns_ = 0, end_step_ = 0;
    int64_t last_ns_ = std::numeric_limits<int64_t>::min();
    uint32_t last_step_ = 0;
    uint64_t last_seq_ = 0;  // highest committed seq
    // drain state: events taken from the rings, not yet committed; run
    // boundaries of the per-ring batches (each sorted by seq) for the merge.
    std::vector<TraceEvent> pending_;
    std::vector<size_t> pending_runs_;
    uint64_t safe_seq_ = 0;  // events below it are committed (it only grows)
};

}  // namespace il::core
