#include "core/runtime/runtime.hpp"

#include <algorithm>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstring>

#include "core/common/deadlock.hpp"
#include "core/common/futex.hpp"
#include "core/common/slot_guard.hpp"

namespace il::core {

using detail::g_arena;
using detail::t_self;

namespace {

Arena& need_arena() {
    if (!g_arena) throw RuntimeError("interleave: a primitive was used outside a run (no arena attached)");
    return *g_arena;
}

// Parks the calling worker at the step gate until the observer grants it.
// Ordering: `parked` and the pending fields are published (release) before
// in_flight is decremented, so an observer that sees in_flight == 0 sees every
// parked worker's pending op. The grant is read with acquire and pairs with the
// observer's release store of `go`.
Grant park(Arena& a, WorkerSlot& w) {
    ArenaHeader& h = a.header();
    w.parked.store(1, std::memory_order_release);
    if (h.in_flight.fetch_sub(1, std::memory_order_acq_rel) == 1) futex_wake_all(&h.in_flight);
    uint32_t g = 0;
    for (;;) {
        g = w.go.load(std::memory_order_acquire);
        if (g != static_cast<uint32_t>(Grant::None)) break;
        if (h.stop.load(std::memory_order_acquire)) {
            g = static_cast<uint32_t>(Grant::Stop);
            break;
        }
        futex_wait(&w.go, 0);
    }
    w.go.store(static_cast<uint32_t>(Grant::None), std::memory_order_relaxed);
    w.parked.store(0, std::memory_order_release);
    w.state.store(static_cast<uint32_t>(WorkerState::Running), std::memory_order_release);
    if (g == static_cast<uint32_t>(Grant::Stop)) throw RunStopped{};
    return static_cast<Grant>(g);
}

void slow_delay(Arena& a) {
    const uint32_t us = a.header().slow_delay_us.load(std::memory_order_relaxed);
    if (us == 0) return;
    // Waiting on `stop` makes a stop request end the delay at once.
    futex_wait(&a.header().stop, 0, int64_t(us) * 1000);
    if (a.header().stop.load(std::memory_order_acquire)) throw RunStopped{};
}

uint64_t text_event_value(uint64_t offset, size_t len) { return (offset << 16) | len; }

// What of a text fits a Print/User/Result event: at most 0xffff bytes, and no
// more than the console ring holds.
std::string_view fit_text(const Arena& a, std::string_view text) {
    return text.substr(0, std::min<size_t>({text.size(), 0xffff, a.header().console_size}));
}

}  // namespace

void attach(Arena* a) { g_arena = a; }
void detach() {
    g_arena = nullptr;
    t_self = kNoWorker;
}

void set_self(uint16_t worker) { t_self = worker; }
WorkerSlot& self_slot() { return need_arena().worker(t_self); }

uint16_t register_worker(WorkerKind kind, std::string_view name, uint16_t parent, uint16_t process, uint32_t flags,
                         uint32_t line) {
    Arena& a = need_arena();
    const uint16_t i = a.reserve_worker();
    if (i == kNoWorker) {
        report_error(ErrorCode::TooManyWorkers, kNoObject, line);
        throw RuntimeError("interleave: too many workers for this run (the arena holds " +
                           std::to_string(a.max_workers()) +
                           ": every thread and process started counts, so a fork bomb stops here)");
    }
    WorkerSlot& w = a.worker(i);
    w.kind = kind;
    w.parent = parent;
    w.process = kind == WorkerKind::Process ? i : process;
    {
        // A worker's name is unique within the run: schedules, lanes and the
        // console name workers by it. Python lets two threads share a name
        // (Thread(name="w") twice); the second worker is "w#2" (its Python
        // name stays "w"), or a replay would grant the wrong one.
        SlotGuard guard(a.header().names_guard);
        std::string unique(name.substr(0, std::min(name.size(), kNameLen - 1)));  // as copy_name stores it
        const std::string_view base = name.substr(0, std::min(name.size(), kNameLen - 8));
        for (int k = 2; a.find_worker_named(unique, i) != kNoWorker; ++k)
            unique = std::string(base) + "#" + std::to_string(k);
        copy_name(w.name, unique);
    }
    w.state.store(static_cast<uint32_t>(WorkerState::New), std::memory_order_relaxed);
    w.blocked_on.store(kNoObject, std::memory_order_relaxed);
    w.flags.store(flags, std::memory_order_relaxed);
    w.line.store(line, std::memory_order_relaxed);
    w.object = register_object(ObjectKind::Worker, w.name, line, ValueType::None, [i](ObjectSlot& o) { o.worker = i; });
    w.used.store(1, std::memory_order_release);
    return i;
}

uint32_t register_object(ObjectKind kind, std::string_view name, uint32_t line, ValueType vt,
                         const std::function<void(ObjectSlot&)>& init) {
    Arena& a = need_arena();
    const uint32_t i = a.reserve_object();
    if (i == kNoObject) {
        report_error(ErrorCode::TooManyObjects, kNoObject, line);
        throw RuntimeError("interleave: too many objects for this run (the arena holds " +
                           std::to_string(a.header().max_objects) + ")");
    }
    ObjectSlot& o = a.object(i);
    o.kind = kind;
    o.value_type = static_cast<uint8_t>(vt);
    o.creator = t_self;
    o.line = line;
    if (name.empty()) {
        const std::string n = std::string(to_string(kind)) + "-" + std::to_string(i);
        copy_name(o.name, n);
    } else {
        copy_name(o.name, name);
    }
    if (init) init(o);
    o.used.store(1, std::memory_order_release);
    return i;
}

bool stepping() {
    return g_arena && is_stepped(g_arena->mode());
}

int64_t run_clock_ns() {
    if (!stepping()) return monotonic_ns();
    return g_arena->header().logical_ns.load(std::memory_order_acquire);
}

namespace {

// A granted sleep or time-out that began at logical time `since` and lasts
// `ns` ends then: the logical clock moves to that end if it is later.
void advance_logical_clock(ArenaHeader& h, int64_t since, int64_t ns) {
    const int64_t end = since + std::max<int64_t>(ns, 0);
    int64_t now = h.logical_ns.load(std::memory_order_acquire);
    while (now < end && !h.logical_ns.compare_exchange_weak(now, end, std::memory_order_acq_rel)) {
    }
}

}  // namespace

void announce(OpKind op, uint32_t object, uint32_t line) {
    if (g_arena && t_self != kNoWorker) publish_pending(g_arena->worker(t_self), op, object, line, 0, false);
}

bool checkpoint_if_running(OpKind op, uint32_t object, uint32_t line, int64_t value, bool has_timeout) {
    Arena* a = g_arena;
    if (!a || t_self == kNoWorker) return true;
    if (a->mode() != DirectorMode::Run) return false;
    publish_pending(a->worker(t_self), op, object, line, value, has_timeout);
    if (a->header().stop.load(std::memory_order_acquire)) throw RunStopped{};
    return true;
}

namespace detail {
Grant checkpoint_directed(Arena& a, WorkerSlot& w, OpKind op, int64_t value, bool has_timeout) {
    switch (a.mode()) {
        case DirectorMode::Run: return Grant::Proceed;
        case DirectorMode::Slow: slow_delay(a); return Grant::Proceed;
        case DirectorMode::Step:
        case DirectorMode::Replay: {
            ArenaHeader& h = a.header();
            const int64_t since = h.logical_ns.load(std::memory_order_acquire);
            const Grant g = park(a, w);
            if (op == OpKind::Sleep || (g == Grant::TimeOut && has_timeout)) advance_logical_clock(h, since, value);
            return g;
        }
    }
    return Grant::Proceed;
}
}  // namespace detail

void emit_flagged(EventKind kind, uint32_t object, int64_t value, uint32_t line, uint8_t flags) {
    if (g_arena && t_self != kNoWorker) g_arena->record_flagged(t_self, kind, object, value, line, flags);
}

void block_on(uint32_t object, uint32_t line) {
    Arena& a = need_arena();
    WorkerSlot& w = a.worker(t_self);
    publish_wait(w, WorkerState::Blocked, object);
    emit(EventKind::Block, object, 0, line);
    if (auto c = find_cycle(a, t_self)) {
        if (report_cycle(a, *c)) emit(EventKind::Deadlock, object, static_cast<int64_t>(c->workers.size()), line);
    }
}

void unblock(bool woken_normally) {
    Arena& a = need_arena();
    WorkerSlot& w = a.worker(t_self);
    const uint32_t obj = w.blocked_on.load(std::memory_order_relaxed);
    publish_wait(w, WorkerState::Running);
    emit(EventKind::Wake, obj, woken_normally ? 1 : 0, w.line.load(std::memory_order_relaxed));
}

void report_error(ErrorCode code, uint32_t object, uint32_t line) {
    if (!g_arena) return;
    g_arena->header().failures.fetch_add(1, std::memory_order_relaxed);
    emit(EventKind::Error, object, static_cast<int64_t>(code), line);
}

void finish_worker(int32_t exitcode) {
    Arena& a = need_arena();
    WorkerSlot& w = a.worker(t_self);
    w.exitcode.store(exitcode, std::memory_order_relaxed);
    w.pending_op.store(static_cast<uint32_t>(OpKind::Exit), std::memory_order_relaxed);
    emit(EventKind::WorkerExit, w.object, exitcode, w.line.load(std::memory_order_relaxed));
    w.state.store(static_cast<uint32_t>(WorkerState::Done), std::memory_order_release);
    w.done.store(1, std::memory_order_release);
    futex_wake_all(&w.done);
    if (stepping()) {
        ArenaHeader& h = a.header();
        if (h.in_flight.fetch_sub(1, std::memory_order_acq_rel) == 1) futex_wake_all(&h.in_flight);
    }
}

void print(std::string_view text, Loc loc) {
    checkpoint(OpKind::Print, kNoObject, line_of(loc));
    print_unchecked(text, line_of(loc));
}

namespace {
// A text event (a print, a result, a step's label) must not be dropped: its
// text would be lost, not just a bar on the timeline. When the worker has
// outrun the observer and its ring is full (a tight loop of lock calls, then
// a print), wait for the drain to make room. The wait is bounded: after a
// second in which nobody drained (an in-process test has no observer) the
// event is dropped and counted as any other; a stop ends it at once.
void wait_for_ring_room(Arena& a, uint16_t w) {
    WorkerSlot& s = a.worker(w);
    const uint64_t cap = a.header().ring_capacity;
    auto full = [&] {  // room for the event and a Dropped report before it
        return s.ring_head.load(std::memory_order_relaxed) - s.ring_tail.load(std::memory_order_acquire) + 2 > cap;
    };
    if (!full()) return;
    uint64_t tail = s.ring_tail.load(std::memory_order_acquire);
    int64_t give_up = monotonic_ns() + 1'000'000'000;
    int64_t nap = 20'000;
    while (full() && !a.header().stop.load(std::memory_order_acquire)) {
        const uint64_t now_tail = s.ring_tail.load(std::memory_order_acquire);
        if (now_tail != tail) {  // the observer is draining: keep waiting for it
            tail = now_tail;
            give_up = monotonic_ns() + 1'000'000'000;
        } else if (monotonic_ns() > give_up) {
            return;
        }
        futex_wait(&a.header().stop, 0, nap);
        nap = std::min<int64_t>(nap * 2, 1'000'000);
    }
}

// Records a text event: its text into the console ring, the event pointing at it.
void record_text(EventKind kind, std::string_view text, uint32_t line) {
    wait_for_ring_room(*g_arena, t_self);
    emit(kind, kNoObject, console_text_value(text), line);
}
}  // namespace

int64_t console_text_value(std::string_view text) {
    if (!g_arena) return 0;
    const std::string_view t = fit_text(*g_arena, text);
    const uint64_t off = g_arena->console_append(t);
    return static_cast<int64_t>(text_event_value(off, t.size()));
}

void print_unchecked(std::string_view text, uint32_t line) {
    if (!g_arena || t_self == kNoWorker) return;
    record_text(EventKind::Print, text, line);
}


void sleep(double seconds, Loc loc) {
    const uint32_t line = line_of(loc);
    const int64_t ns = seconds <= 0 ? 0 : static_cast<int64_t>(seconds * 1e9);
    checkpoint(OpKind::Sleep, kNoObject, line, ns);
    if (!g_arena || t_self == kNoWorker) return;
    WorkerSlot& w = self_slot();
    emit(EventKind::SleepBegin, kNoObject, ns, line);
    if (!stepping() && ns > 0) {
        w.state.store(static_cast<uint32_t>(WorkerState::Sleeping), std::memory_order_release);
        const int64_t until = monotonic_ns() + ns;
        ArenaHeader& h = g_arena->header();
        for (int64_t left = ns; left > 0; left = until - monotonic_ns()) {
            futex_wait(&h.stop, 0, left);  // a stop request ends the sleep
            if (h.stop.load(std::memory_order_acquire)) throw RunStopped{};
        }
        w.state.store(static_cast<uint32_t>(WorkerState::Running), std::memory_order_release);
    }
    emit(EventKind::SleepEnd, kNoObject, ns, line);
}

void step_point(std::string_view what, Loc loc) {
    const uint32_t line = line_of(loc);
    checkpoint(OpKind::User, kNoObject, line);
    if (!g_arena || t_self == kNoWorker) return;
    record_text(EventKind::User, what, line);
}

std::string current_thread_name() {
    if (!g_arena || t_self == kNoWorker) return "MainThread";
    const WorkerSlot& w = g_arena->worker(t_self);
    if (w.flags.load(std::memory_order_relaxed) & kWorkerMain) return "MainThread";
    const std::string_view n = w.name;
    const size_t slash = n.rfind('/');
    return std::string(slash == std::string_view::npos ? n : n.substr(slash + 1));
}

std::string current_process_name() {
    if (!g_arena || t_self == kNoWorker) return "MainProcess";
    const WorkerSlot& w = g_arena->worker(t_self);
    const WorkerSlot& p = g_arena->worker(w.process);
    if (w.process == 0 || p.kind != WorkerKind::Process) return "MainProcess";
    return p.name;
}

int getpid() { return static_cast<int>(::getpid()); }
int getppid() { return static_cast<int>(::getppid()); }

void RunContext::result(std::string_view key, std::string_view value) { report_result(key, value); }

void report_result(std::string_view key, std::string_view value) {
    if (!g_arena || t_self == kNoWorker) return;
    std::string text;
    text.reserve(key.size() + value.size() + 1);
    text.append(key).append("\t").append(value);
    record_text(EventKind::Result, text, 0);
}

}  // namespace il::core
