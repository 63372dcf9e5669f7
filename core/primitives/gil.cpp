// core/primitives/gil.cpp — the GIL model: taking and dropping it, the eval breaker, and
// blocking I/O. See core/primitives/gil.hpp for the designs, the slot layout and the
// ordering rules; this file follows CPython's Python/ceval_gil.c in spirit
// (take_gil, drop_gil, FORCE_SWITCHING), written on the runtime's parking.
#include "core/primitives/gil.hpp"

#include <algorithm>
#include <thread>

#include "core/common/futex.hpp"

namespace il::core {

namespace {

// How many xorshift rounds make one unit of bytecode (about 10 µs).
constexpr uint32_t kUnitIterations = 6500;
// Waits that have no timeout of their own still wake this often to see a stop.
constexpr int64_t kStopPollNs = 50'000'000;
constexpr int64_t kForcedPollNs = 1'000'000;

GilDesign design_of(const ObjectSlot& o) { return static_cast<GilDesign>(o.capacity); }
bool holds(const ObjectSlot& o, uint16_t me) { return o.holder.load(std::memory_order_acquire) == me + 1u; }

void check_stop(const Arena& a) {
    if (a.header().stop.load(std::memory_order_acquire)) throw RunStopped{};
}

// A thread that wants the GIL, from before its checkpoint until it holds it
// (the Ticks holder releases only when someone wants it; see the header on
// why `waiters` is seq_cst).
class WantsGil {
public:
    explicit WantsGil(ObjectSlot& o) : o_(o) { o_.waiters.fetch_add(1, std::memory_order_seq_cst); }
    ~WantsGil() { o_.waiters.fetch_sub(1, std::memory_order_relaxed); }
    WantsGil(const WantsGil&) = delete;
    WantsGil& operator=(const WantsGil&) = delete;

private:
    ObjectSlot& o_;
};

bool try_take(ObjectSlot& o) {
    uint32_t expected = 0;
    return o.word.compare_exchange_strong(expected, 1, std::memory_order_seq_cst, std::memory_order_relaxed);
}

// After winning `word`: holder, switch statistics, the switch number that
// releases a forced-out holder, and Obtain (its seq drawn after the CAS).
void obtained(ObjectSlot& o, uint32_t id, uint32_t line, uint16_t me) {
    o.holder.store(me + 1u, std::memory_order_release);
    const uint32_t last = o.guard.exchange(me + 1u, std::memory_order_relaxed);
    if (last != 0 && last != me + 1u) o.head.fetch_add(1, std::memory_order_relaxed);
    const bool forced_out_waits = o.seq2.exchange(0, std::memory_order_relaxed) != 0;
    o.seq.store(0, std::memory_order_relaxed);  // a pending drop request is answered by this take
    emit(EventKind::Obtain, id, 1, line);
    o.count.fetch_add(1, std::memory_order_release);
    if (forced_out_waits) futex_wake_all(&o.count);
}

// drop_gil. The Release is recorded before the store that frees the GIL (its
// seq is then below the next holder's Obtain, and it is already in the ring
// when that Obtain is: the observer never gets it late). `before_free` runs
// between the two and records what the thread does next (a Block, a
// SleepBegin), so that in the order of events it has stopped running before
// anyone else can take the GIL (see the header).
template <typename BeforeFree>
void drop(ObjectSlot& o, uint32_t id, uint32_t line, BeforeFree&& before_free) {
    emit(EventKind::Release, id, 0, line);
    before_free();
    o.holder.store(0, std::memory_order_release);
    o.word.store(0, std::memory_order_seq_cst);
    if (o.waiters.load(std::memory_order_seq_cst) > 0) futex_wake(&o.word, 1);
}
void drop(ObjectSlot& o, uint32_t id, uint32_t line) {
    drop(o, id, line, [] {});
}

// A waiter's switch interval passed with no switch: ask the holder to drop it.
void request_drop(ObjectSlot& o, uint32_t id, uint32_t line, int64_t waited_ns) {
    if (o.seq.exchange(1, std::memory_order_acq_rel) != 0) return;  // already asked
    o.tail.fetch_add(1, std::memory_order_relaxed);
    emit(EventKind::GilDropRequest, id, waited_ns, line);
}

// Step and replay mode: every attempt is an Acquire step. A granted step finds
// the GIL free (gil_may_take), and only the granted worker moves, so the CAS
// wins; a granted time-out stands for an elapsed switch interval.
void take_stepped(ObjectSlot& o, uint32_t id, uint32_t line, uint16_t me) {
    const GilDesign d = design_of(o);
    for (;;) {
        const int64_t interval = o.value.load(std::memory_order_relaxed);
        const Grant g = checkpoint(OpKind::Acquire, id, line, interval, d == GilDesign::Switching);
        if (g == Grant::TimeOut) {
            request_drop(o, id, line, interval);
            continue;
        }
        if (!try_take(o)) throw RuntimeError("interleave: the GIL was granted while held (a step-rule bug)");
        obtained(o, id, line, me);
        return;
    }
}

// Run and slow mode, after a failed first try: waits on `word`. Switching: each
// round lasts one switch interval; a round that ends with the GIL still held
// and no switch since it began sets the drop request (CPython's take_gil loop).
// Ticks: waits until woken by a release, and counts the races it then loses.
void wait_and_take(Arena& a, ObjectSlot& o, uint32_t id, uint32_t line, uint16_t me,
                   std::atomic<uint64_t>& lost_races) {
    const GilDesign d = design_of(o);
    int64_t round_start = monotonic_ns();
    uint32_t switch_no = o.count.load(std::memory_order_acquire);
    while (!try_take(o)) {
        check_stop(a);
        const int64_t now = monotonic_ns();
        if (d == GilDesign::Switching) {
            const int64_t interval = o.value.load(std::memory_order_relaxed);
            if (now - round_start >= interval) {
                if (o.count.load(std::memory_order_acquire) == switch_no) request_drop(o, id, line, now - round_start);
                round_start = now;
                switch_no = o.count.load(std::memory_order_acquire);
                continue;
            }
            futex_wait(&o.word, 1, round_start + interval - now);
            const uint32_t s = o.count.load(std::memory_order_acquire);
            if (s != switch_no && monotonic_ns() - round_start < interval) {
                round_start = monotonic_ns();  // woken by a switch to someone else: a fresh interval
                switch_no = s;
            }
        } else {
            futex_wait(&o.word, 1, kStopPollNs);
            const uint32_t s = o.count.load(std::memory_order_acquire);
            if (s != switch_no && o.word.load(std::memory_order_relaxed) != 0)
                lost_races.fetch_add(1, std::memory_order_relaxed);
            switch_no = s;
        }
    }
    unblock(true);
    obtained(o, id, line, me);
}

// take_gil. `step`: whether this take is an operation of its own (the Ticks
// holder's immediate re-take is not, outside step mode). `blocked`: the worker
// already shows as blocked on the GIL (a forced-out holder).
void take(Arena& a, ObjectSlot& o, uint32_t id, uint32_t line, bool step, bool blocked,
          std::atomic<uint64_t>& lost_races) {
    const uint16_t me = self();
    WantsGil wants(o);
    if (stepping()) return take_stepped(o, id, line, me);
    if (step) checkpoint(OpKind::Acquire, id, line, o.value.load(std::memory_order_relaxed));
    if (!blocked) {
        if (try_take(o)) return obtained(o, id, line, me);
        emit(EventKind::AcquireRequest, id, -1, line);
        block_on(id, line);
    }
    wait_and_take(a, o, id, line, me, lost_races);
}

// The Switching holder saw the drop request: hand over and wait for the switch.
void forced_switch(Arena& a, ObjectSlot& o, uint32_t id, uint32_t line, std::atomic<uint64_t>& lost_races) {
    const uint16_t me = self();
    const uint32_t switch_no = o.count.load(std::memory_order_acquire);  // before the release: the next take moves it
    o.seq2.store(me + 1u, std::memory_order_relaxed);
    o.seq.store(0, std::memory_order_relaxed);  // answered (CPython's drop_gil resets it too)
    if (stepping()) {
        drop(o, id, line);
        return take(a, o, id, line, true, false, lost_races);  // not enabled until someone else took it
    }
    drop(o, id, line, [&] { block_on(id, line); });  // from its release on, it waits for the GIL again
    // FORCE_SWITCHING: not before another thread has taken it (if anyone still wants it).
    while (o.count.load(std::memory_order_acquire) == switch_no && o.waiters.load(std::memory_order_seq_cst) > 0) {
        futex_wait(&o.count, switch_no, kForcedPollNs);
        check_stop(a);
    }
    if (o.count.load(std::memory_order_acquire) == switch_no) o.seq2.store(0, std::memory_order_relaxed);
    take(a, o, id, line, true, true, lost_races);
}

// The Ticks design's check: release, take it straight back, then wake a
// waiter, who finds it taken (a lost race). Only a waiter already awake at
// that moment can slip in. Waking after the re-take rather than before is the
// model's one liberty: on an idle multicore machine a woken thread needs
// microseconds to be scheduled and the holder nanoseconds to re-take, so the
// holder wins either way; on a loaded machine the kernel may run the woken
// thread first, and the demo would show the machine's load, not the design.
// In step mode the re-take is a step and the learner decides the race.
void release_and_retake(Arena& a, ObjectSlot& o, uint32_t id, uint32_t line, std::atomic<uint64_t>& lost_races) {
    if (stepping()) {
        drop(o, id, line);
        return take(a, o, id, line, false, false, lost_races);
    }
    const uint16_t me = self();
    emit(EventKind::Release, id, 0, line);  // recorded before the store that frees the GIL
    o.holder.store(0, std::memory_order_release);
    o.word.store(0, std::memory_order_seq_cst);
    if (try_take(o)) {
        obtained(o, id, line, me);
        if (o.waiters.load(std::memory_order_seq_cst) > 0) futex_wake(&o.word, 1);
        return;
    }
    if (o.waiters.load(std::memory_order_seq_cst) > 0) futex_wake(&o.word, 1);
    take(a, o, id, line, false, false, lost_races);  // a waiter already awake won it
}

// The eval breaker, checked after each unit of bytecode.
void eval_breaker(Arena& a, ObjectSlot& o, uint32_t id, uint32_t line, std::atomic<uint64_t>& lost_races) {
    switch (design_of(o)) {
        case GilDesign::Switching:
            if (o.seq.load(std::memory_order_acquire) != 0) forced_switch(a, o, id, line, lost_races);
            break;
        case GilDesign::Ticks: {
            const uint32_t ticks = o.unfinished.load(std::memory_order_relaxed) + 1;
            if (ticks < o.storage_items) {
                o.unfinished.store(ticks, std::memory_order_relaxed);
                break;
            }
            o.unfinished.store(0, std::memory_order_relaxed);
            // Release and re-acquire at once; with nobody waiting it would change nothing.
            if (o.waiters.load(std::memory_order_seq_cst) != 0) release_and_retake(a, o, id, line, lost_races);
            break;
        }
        case GilDesign::None: break;
    }
}

uint16_t need_self() {
    const uint16_t me = self();
    if (me == kNoWorker || !arena()) throw RuntimeError("interleave: the GIL was used by a thread that is not a worker");
    return me;
}

}  // namespace

std::string_view to_string(GilDesign d) {
    switch (d) {
        case GilDesign::Switching: return "new";
        case GilDesign::Ticks: return "old";
        case GilDesign::None: return "none";
    }
    return "?";
}

std::optional<GilDesign> gil_design_from(std::string_view name) {
    for (GilDesign d : {GilDesign::Switching, GilDesign::Ticks, GilDesign::None})
        if (to_string(d) == name) return d;
    return std::nullopt;
}

uint64_t bytecode_unit(uint64_t x) {
    x |= 1;
    for (uint32_t i = 0; i < kUnitIterations; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return x;
}

uint64_t burn_units(uint64_t units) {
    uint64_t x = 0x9e3779b97f4a7c15ull;
    for (uint64_t u = 0; u < units; ++u) x = bytecode_unit(x);
    return x;
}

bool gil_may_take(const ObjectSlot& o, uint16_t worker) {
    return o.word.load(std::memory_order_acquire) == 0 && o.seq2.load(std::memory_order_acquire) != worker + 1u;
}

bool gil_may_request_drop(const ObjectSlot& o, uint16_t worker) {
    const uint32_t h = o.holder.load(std::memory_order_acquire);
    return design_of(o) == GilDesign::Switching && h != 0 && h != worker + 1u &&
           o.seq.load(std::memory_order_acquire) == 0 && o.seq2.load(std::memory_order_acquire) != worker + 1u;
}

Gil::Gil(GilOptions options, std::string_view name, Loc loc)
    : design_(options.design), check_interval_(options.check_interval), interval_ns_(0), name_(name),
      line_(line_of(loc)) {
    if (!(options.switch_interval > 0)) throw ValueError("switch interval must be strictly positive");
    if (options.check_interval == 0) throw ValueError("check interval must be at least 1 tick");
    interval_ns_.store(std::max<int64_t>(1000, static_cast<int64_t>(options.switch_interval * 1e9)));
    id();  // this process's GIL exists from the start (its lane, the inspector)
}

uint32_t Gil::create(uint16_t process) const {
    Arena& a = *arena();
    std::string n = name_;
    if (process != 0) n += " (" + std::string(a.worker_name(process)) + ")";
    return register_object(ObjectKind::Gil, n, line_, ValueType::None, [&](ObjectSlot& s) {
        s.capacity = static_cast<uint32_t>(design_);
        s.storage_items = check_interval_;
        s.value.store(interval_ns_.load(std::memory_order_relaxed), std::memory_order_relaxed);
    });
}

// The handle is copied into a fork()ed child with the parent's state_: the
// process field then differs from the child's, and the child makes its own.
// A thread that finds another thread of its process making it waits briefly.
uint32_t Gil::id() const {
    need_self();
    const uint16_t proc = self_slot().process;
    constexpr uint32_t kMaking = kNoObject;
    for (;;) {
        uint64_t s = state_.load(std::memory_order_acquire);
        if ((s >> 32) == proc + 1u) {
            if (static_cast<uint32_t>(s) != kMaking) return static_cast<uint32_t>(s);
            std::this_thread::yield();
            continue;
        }
        const uint64_t making = (uint64_t(proc) + 1) << 32 | kMaking;
        if (!state_.compare_exchange_weak(s, making, std::memory_order_acq_rel)) continue;
        try {
            const uint32_t id = create(proc);
            state_.store((uint64_t(proc) + 1) << 32 | id, std::memory_order_release);
            return id;
        } catch (...) {
            state_.store(s, std::memory_order_release);
            throw;
        }
    }
}

bool Gil::held() const {
    if (design_ == GilDesign::None) return false;
    return holds(arena()->object(id()), self());
}

void Gil::acquire(Loc loc) {
    const uint32_t id = this->id();
    Arena& a = *arena();
    ObjectSlot& o = a.object(id);
    if (design_ == GilDesign::None || holds(o, self())) return;
    take(a, o, id, line_of(loc), true, false, lost_races_);
}

void Gil::release(Loc loc) {
    const uint32_t id = this->id();
    Arena& a = *arena();
    ObjectSlot& o = a.object(id);
    if (design_ == GilDesign::None) return;
    if (!holds(o, self())) throw RuntimeError("release of the GIL by a thread that does not hold it");
    checkpoint(OpKind::Release, id, line_of(loc));
    drop(o, id, line_of(loc));
}

uint64_t Gil::compute(uint64_t units, Loc loc) {
    const uint32_t line = line_of(loc);
    const uint32_t id = this->id();
    Arena& a = *arena();
    ObjectSlot& o = a.object(id);
    if (design_ != GilDesign::None && !holds(o, self()))
        throw RuntimeError("a thread ran bytecode without holding the GIL (use a Gil::Session)");
    const bool steps = a.mode() != DirectorMode::Slow;  // a unit is CPU work, not an operation to slow down
    uint64_t x = 0x9e3779b97f4a7c15ull ^ units;
    for (uint64_t u = 0; u < units; ++u) {
        if (steps) checkpoint(OpKind::User, id, line, static_cast<int64_t>(units - u));
        x = bytecode_unit(x);
        eval_breaker(a, o, id, line, lost_races_);
    }
    return x;
}

void Gil::blocking_io(double seconds, Loc loc) {
    const uint32_t line = line_of(loc);
    const int64_t ns = seconds <= 0 ? 0 : static_cast<int64_t>(seconds * 1e9);
    const uint32_t id = this->id();
    Arena& a = *arena();
    ObjectSlot& o = a.object(id);
    checkpoint(OpKind::Sleep, kNoObject, line, ns);
    WorkerSlot& w = self_slot();
    const bool had = design_ != GilDesign::None && holds(o, self());
    // The I/O call lets the GIL go: its Release, then SleepBegin, then the store that frees it.
    auto begin_sleep = [&] {
        w.state.store(static_cast<uint32_t>(WorkerState::Sleeping), std::memory_order_release);
        emit(EventKind::SleepBegin, kNoObject, ns, line);
    };
    if (had) drop(o, id, line, begin_sleep);
    else begin_sleep();
    if (!stepping() && ns > 0) {
        const int64_t until = monotonic_ns() + ns;
        for (int64_t left = ns; left > 0; left = until - monotonic_ns()) {
            futex_wait(&a.header().stop, 0, left);  // a stop request ends the call
            check_stop(a);
        }
    }
    w.state.store(static_cast<uint32_t>(WorkerState::Running), std::memory_order_release);
    emit(EventKind::SleepEnd, kNoObject, ns, line);
    if (had) take(a, o, id, line, true, false, lost_races_);
}

void Gil::setswitchinterval(double seconds) {
    if (!(seconds > 0)) throw ValueError("switch interval must be strictly positive");
    const int64_t ns = std::max<int64_t>(1000, static_cast<int64_t>(seconds * 1e9));
    interval_ns_.store(ns, std::memory_order_relaxed);
    arena()->object(id()).value.store(ns, std::memory_order_relaxed);
}

double Gil::getswitchinterval() const {
    return static_cast<double>(arena()->object(id()).value.load(std::memory_order_relaxed)) / 1e9;
}

uint64_t Gil::switches() const { return arena()->object(id()).head.load(std::memory_order_relaxed); }
uint64_t Gil::drop_requests() const { return arena()->object(id()).tail.load(std::memory_order_relaxed); }
uint64_t Gil::lost_races() const { return lost_races_.load(std::memory_order_relaxed); }

}  // namespace il::core
