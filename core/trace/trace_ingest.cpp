// core/trace/trace_ingest.cpp — TraceStore's event handlers: one committed event in,
// lane data out. One small function per kind that needs more than a line,
// dispatched from ingest()'s switch (the model is Tracy's Worker::Process*).
#include <algorithm>

#include "core/trace/trace.hpp"

namespace il::core {

namespace {

// Events a worker records itself while it runs: seeing one proves it is
// running, whatever event of its was lost before (rings drop on overflow).
// A GilDropRequest is recorded by a thread still blocked on the GIL.
bool implies_running(EventKind k) {
    switch (k) {
        case EventKind::Block: case EventKind::SleepBegin: case EventKind::Ready: case EventKind::Step:
        case EventKind::Deadlock: case EventKind::Stuck: case EventKind::Dropped: case EventKind::WorkerExit:
        case EventKind::Orphaned: case EventKind::GilDropRequest: case EventKind::OutsideEnter: case EventKind::Count:
            return false;
        default: return true;
    }
}

bool is_semaphore(ObjectKind k) { return k == ObjectKind::Semaphore || k == ObjectKind::BoundedSemaphore; }

bool is_open(const std::vector<HoldInterval>& slot) { return !slot.empty() && slot.back().t1 == kOpenEnd; }

constexpr size_t kMaxHoldSlots = 256;

}  // namespace

void TraceStore::ingest(const TraceEvent& e) {
    const uint16_t w = e.worker;
    if (implies_running(e.kind)) {
        const WorkerState s = state_now(w);
        if (s != WorkerState::Running && s != WorkerState::Done && s != WorkerState::Zombie)
            set_state(w, WorkerState::Running, kNoObject, e);
    }
    switch (e.kind) {
        case EventKind::WorkerNew: on_worker_new(e); break;
        case EventKind::WorkerStart: add_marker(w, MarkerKind::Start, e); break;
        case EventKind::WorkerExit: on_exit(e); break;
        case EventKind::Fork: add_marker(w, MarkerKind::Fork, e); break;
        case EventKind::Joined: add_marker(w, MarkerKind::Joined, e); break;
        case EventKind::Reaped: on_reaped(e); break;
        case EventKind::Orphaned: on_orphaned(e); break;
        case EventKind::Terminated: add_marker(w, MarkerKind::Terminated, e); break;
        case EventKind::Print: case EventKind::User: case EventKind::Result: on_text(e); break;
        case EventKind::Block: on_block(e); break;
        case EventKind::Wake:
            if (e.value == 0) {
                on_timeout(e);
                if (WorkerLane* l = lane(w)) l->woke_timed_out = e.object;
            }
            break;
        case EventKind::SleepBegin: set_state(w, WorkerState::Sleeping, kNoObject, e); break;
        case EventKind::OutsideEnter: {
            set_state(w, WorkerState::Outside, e.object, e);
            uint64_t& calls = outside_calls_[e.object];
            calls = std::max(calls, static_cast<uint64_t>(std::max<int64_t>(e.value, 0)));
            break;
        }
        case EventKind::Ready:
            if (state_now(w) != WorkerState::Done && state_now(w) != WorkerState::Zombie)
                set_state(w, WorkerState::Ready, e.object, e);
            break;
        case EventKind::Step:
            if (state_now(w) != WorkerState::Done && state_now(w) != WorkerState::Zombie)
                set_state(w, WorkerState::Running, kNoObject, e);
            break;
        case EventKind::Obtain: on_obtain(e); break;
        case EventKind::Release: on_release(e); break;
        case EventKind::AcquireFailed: on_timeout(e); break;
        case EventKind::EventSet: add_sample(e.object, e, 1); break;
        case EventKind::EventClear: add_sample(e.object, e, 0); break;
        case EventKind::EventWaitDone:
            if (e.value == 0) on_timeout(e);
            break;
        case EventKind::QueuePut: case EventKind::QueueGet: case EventKind::Store: add_sample(e.object, e, e.value); break;
        case EventKind::QueueFull: add_marker(w, MarkerKind::QueueFull, e); break;
        case EventKind::QueueEmpty: add_marker(w, MarkerKind::QueueEmpty, e); break;
        case EventKind::Deadlock: add_marker(w, MarkerKind::Deadlock, e); break;
        case EventKind::Stuck: add_marker(w, MarkerKind::Stuck, e); break;
        case EventKind::Dropped:
            counts_.dropped += static_cast<uint64_t>(std::max<int64_t>(e.value, 0));
            add_marker(w, MarkerKind::Dropped, e);
            break;
        case EventKind::Error: add_marker(w, MarkerKind::Error, e); break;
        default: break;  // requests, loads, condition and thread-local events: raw only
    }
}

WorkerState TraceStore::state_now(uint16_t w) const {
    if (w >= lanes_.size() || lanes_[w].intervals.empty()) return WorkerState::New;
    return lanes_[w].intervals.back().state;
}

// Ends the worker's current interval at e and opens one in state s; the same
// state on the same object just continues.
void TraceStore::set_state(uint16_t w, WorkerState s, uint32_t object, const TraceEvent& e) {
    WorkerLane* l = lane(w);
    if (!l) return;
    const int64_t t = event_ns(e);
    if (!l->intervals.empty()) {
        StateInterval& last = l->intervals.back();
        if (last.state == s && last.object == object) return;
        if (last.state == WorkerState::Blocked) remove_waiter(last.object, w);
        last.t1 = t;
        last.s1 = e.step;
    }
    push_interval(*l, {t, kOpenEnd, e.step, kOpenEnd, object, e.line, 1, s});
    if (s == WorkerState::Blocked) add_waiter(object, w);
}

void TraceStore::add_waiter(uint32_t object, uint16_t w) {
    ObjectLane* o = object_lane(object);
    if (!o) return;
    if (std::find(o->waiters.begin(), o->waiters.end(), w) == o->waiters.end()) o->waiters.push_back(w);
    const auto n = static_cast<uint16_t>(std::min<size_t>(o->waiters.size(), 0xffff));
    for (auto& slot : o->slots) {
        if (!is_open(slot) || slot.back().holder == w) continue;
        slot.back().contended = true;
        slot.back().max_waiters = std::max(slot.back().max_waiters, n);
    }
}

void TraceStore::remove_waiter(uint32_t object, uint16_t w) {
    if (object >= object_lanes_.size()) return;
    auto& v = object_lanes_[object].waiters;
    v.erase(std::remove(v.begin(), v.end(), w), v.end());
}

// The new worker is the one its object stands for (object = the worker's
// object, value = its index; the creator records the event).
void TraceStore::on_worker_new(const TraceEvent& e) {
    uint16_t target = kNoWorker;
    if (e.object < objects_.size() && objects_[e.object].kind == ObjectKind::Worker) target = objects_[e.object].worker;
    if (target == kNoWorker && e.value >= 0 && e.value < kMaxWorkerLanes) target = static_cast<uint16_t>(e.value);
    WorkerLane* l = lane(target);
    if (!l) return;
    if (!workers_[target].known) workers_[target].parent = e.worker;
    if (l->intervals.empty()) set_state(target, WorkerState::New, kNoObject, e);
}

// A parent that ends before its os.fork() child records it: value = the child.
void TraceStore::on_orphaned(const TraceEvent& e) {
    const bool named = e.value >= 0 && e.value < kMaxWorkerLanes;
    const uint16_t target = named ? static_cast<uint16_t>(e.value) : e.worker;
    if (lane(target)) workers_[target].flags |= kWorkerOrphan;
    add_marker(target, MarkerKind::Orphaned, e);
}

// A thread is done when it exits; a child process is a zombie until its parent
// reaps it (the run's main process has no parent in the trace: done).
void TraceStore::on_exit(const TraceEvent& e) {
    const uint16_t w = e.worker;
    if (!lane(w)) return;
    const WorkerInfo& info = workers_[w];
    const bool zombie = info.kind == WorkerKind::Process && info.parent != kNoWorker;
    set_state(w, zombie ? WorkerState::Zombie : WorkerState::Done, kNoObject, e);
    // A reaped worker's exit code in the table is the one its parent collected;
    // an exit the step controller reports for a dead process says only -1.
    if (!(workers_[w].flags & kWorkerReaped)) workers_[w].exitcode = static_cast<int32_t>(e.value);
    add_marker(w, MarkerKind::Exit, e);
}

void TraceStore::on_reaped(const TraceEvent& e) {
    if (e.value >= 0 && e.value < kMaxWorkerLanes) {
        const auto target = static_cast<uint16_t>(e.value);
        set_state(target, WorkerState::Done, kNoObject, e);
        workers_[target].flags |= kWorkerReaped;
    }
    add_marker(e.worker, MarkerKind::Reaped, e);
}

void TraceStore::on_block(const TraceEvent& e) {
    if (WorkerLane* l = lane(e.worker)) l->woke_timed_out = kNoObject;
    set_state(e.worker, WorkerState::Blocked, e.object, e);
}

// A timed-out blocking wait shows once: Wake(0) makes the marker, and the
// AcquireFailed / EventWaitDone(0) that follows it on the same object adds none.
void TraceStore::on_timeout(const TraceEvent& e) {
    WorkerLane* l = lane(e.worker);
    if (l && e.kind != EventKind::Wake && l->woke_timed_out == e.object) {
        l->woke_timed_out = kNoObject;
        return;
    }
    add_marker(e.worker, MarkerKind::Timeout, e);
}

void TraceStore::on_text(const TraceEvent& e) {
    const auto id = static_cast<uint32_t>(e.value);
    switch (e.kind) {
        case EventKind::Print:
            add_console({event_ns(e), e.step, e.worker, e.line, id});
            add_marker(e.worker, MarkerKind::Print, e, id);
            break;
        case EventKind::User: add_marker(e.worker, MarkerKind::User, e, id); break;
        case EventKind::Result: {
            const std::string_view s = text(id);
            const size_t tab = s.find('\t');
            std::string key(s.substr(0, tab));
            std::string value(tab == std::string_view::npos ? std::string_view() : s.substr(tab + 1));
            auto it = std::find_if(results_.begin(), results_.end(), [&](const ResultEntry& r) { return r.key == key; });
            if (it == results_.end()) {
                results_.push_back({std::move(key), std::move(value), event_ns(e), e.worker});
            } else {
                it->value = std::move(value);
                it->t = event_ns(e);
                it->worker = e.worker;
            }
            add_marker(e.worker, MarkerKind::Result, e, id);
            break;
        }
        default: break;
    }
}

// The slot a new hold goes to. A lock has one slot; an Obtain while it looks
// held means its Release was lost, so that hold ends here (an RLock's owner
// obtaining again is a re-entry, not a new hold). A semaphore takes the lowest
// free slot.
size_t TraceStore::hold_slot_for_obtain(ObjectLane& o, ObjectKind k, const TraceEvent& e, bool& reentry) {
    reentry = false;
    if (!is_semaphore(k)) {
        if (o.slots.empty()) o.slots.emplace_back();
        if (is_open(o.slots[0])) {
            HoldInterval& h = o.slots[0].back();
            if (k == ObjectKind::RLock && h.holder == e.worker) {
                reentry = true;
                return 0;
            }
            h.t1 = event_ns(e);
            h.s1 = e.step;
        }
        return 0;
    }
    for (size_t i = 0; i < o.slots.size(); ++i)
        if (!is_open(o.slots[i])) return i;
    if (o.slots.size() < kMaxHoldSlots) {
        o.slots.emplace_back();
        return o.slots.size() - 1;
    }
    HoldInterval& h = o.slots.back().back();  // absurdly many holders: reuse the last slot
    h.t1 = event_ns(e);
    h.s1 = e.step;
    return o.slots.size() - 1;
}

void TraceStore::on_obtain(const TraceEvent& e) {
    ObjectLane* o = object_lane(e.object);
    if (!o) return;
    const ObjectKind k = objects_[e.object].kind;
    if (is_semaphore(k)) add_sample(e.object, e, e.value);
    bool reentry = false;
    const size_t slot = hold_slot_for_obtain(*o, k, e, reentry);
    if (reentry) return;
    const auto others = static_cast<uint16_t>(
        std::min<size_t>(std::count_if(o->waiters.begin(), o->waiters.end(), [&](uint16_t x) { return x != e.worker; }),
                         0xffff));
    HoldInterval h;
    h.t0 = event_ns(e);
    h.s0 = e.step;
    h.holder = e.worker;
    h.line = e.line;
    h.contended = others > 0;
    h.max_waiters = others;
    push_hold(o->slots[slot], h);
    if (const auto& r = o->released;
        r && r->from != e.worker && std::find(r->waiting.begin(), r->waiting.end(), e.worker) != r->waiting.end())
        add_handoff(*o, {r->t, event_ns(e), r->s, e.step, r->from, e.worker});
    o->released.reset();
}

void TraceStore::on_release(const TraceEvent& e) {
    ObjectLane* o = object_lane(e.object);
    if (!o) return;
    const ObjectKind k = objects_[e.object].kind;
    if (k == ObjectKind::RLock && e.value > 0) return;  // an inner release: still held
    std::vector<HoldInterval>* slot = nullptr;
    if (is_semaphore(k)) {
        add_sample(e.object, e, e.value);
        for (auto& s : o->slots)  // the releaser's own unit, if it holds one (a signal releases none)
            if (is_open(s) && s.back().holder == e.worker && (!slot || s.back().t0 < slot->back().t0)) slot = &s;
    } else if (!o->slots.empty() && is_open(o->slots[0])) {
        slot = &o->slots[0];  // any worker may release a Lock
    }
    if (slot) {
        slot->back().t1 = event_ns(e);
        slot->back().s1 = e.step;
    }
    PendingRelease r{event_ns(e), e.step, e.worker, {}};
    for (uint16_t x : o->waiters)
        if (x != e.worker) r.waiting.push_back(x);
    o->released = std::move(r);
}

}  // namespace il::core
