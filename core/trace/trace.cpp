// core/trace/trace.cpp — TraceStore: tables, commit, and the caps that keep a long
// run's trace bounded. Event handlers are in trace_ingest.cpp, queries in
// trace_query.cpp, ring draining in trace_drain.cpp.
#include "core/trace/trace.hpp"

#include <algorithm>
#include <array>

namespace il::core {

namespace {

constexpr std::string_view kTextLimitNotice = "[text dropped: the trace's text limit was reached]";

// Keeps the first of every two elements for which `droppable` holds.
template <typename T, typename Pred>
size_t thin(std::vector<T>& v, Pred droppable) {
    size_t out = 0, seen = 0;
    for (size_t i = 0; i < v.size(); ++i) {
        if (droppable(v[i]) && (seen++ & 1u)) continue;
        if (out != i) v[out] = v[i];
        ++out;
    }
    const size_t removed = v.size() - out;
    v.resize(out);
    return removed;
}

// Merges adjacent pairs of closed elements; an open last element stays alone.
template <typename T, typename Merge>
size_t halve(std::vector<T>& v, bool last_open, Merge merge) {
    const size_t closed = v.size() - (last_open && !v.empty() ? 1 : 0);
    size_t out = 0;
    for (size_t i = 0; i < closed; i += 2) v[out++] = i + 1 < closed ? merge(v[i], v[i + 1]) : v[i];
    if (closed < v.size()) v[out++] = v.back();  // out <= closed, so the last one is still intact
    const size_t removed = v.size() - out;
    v.resize(out);
    return removed;
}

StateInterval merge_states(const StateInterval& a, const StateInterval& b) {
    const StateInterval& d = (b.t1 - b.t0) > (a.t1 - a.t0) ? b : a;
    StateInterval m = d;
    m.t0 = a.t0;
    m.s0 = a.s0;
    m.t1 = b.t1;
    m.s1 = b.s1;
    m.merged = a.merged + b.merged;
    return m;
}

HoldInterval merge_holds(const HoldInterval& a, const HoldInterval& b) {
    const HoldInterval& d = (b.t1 - b.t0) > (a.t1 - a.t0) ? b : a;
    HoldInterval m = d;
    m.t0 = a.t0;
    m.s0 = a.s0;
    m.t1 = b.t1;
    m.s1 = b.s1;
    m.contended = a.contended || b.contended;
    m.max_waiters = std::max(a.max_waiters, b.max_waiters);
    m.merged = a.merged + b.merged;
    return m;
}

LevelSample merge_samples(const LevelSample& a, const LevelSample& b) {
    LevelSample m = b;
    m.t = a.t;
    m.s = a.s;
    m.min = std::min(a.min, b.min);
    m.max = std::max(a.max, b.max);
    return m;
}

// How much a raw event is worth keeping once the cap is reached: 0 lifecycle,
// text and diagnostics (thinned last), 1 state changes, 2 the rest (first).
int raw_tier(EventKind k) {
    switch (k) {
        case EventKind::WorkerNew: case EventKind::WorkerStart: case EventKind::WorkerExit:
        case EventKind::Fork: case EventKind::Joined: case EventKind::Reaped: case EventKind::Orphaned:
        case EventKind::Terminated: case EventKind::Print: case EventKind::Deadlock: case EventKind::Stuck:
        case EventKind::Dropped: case EventKind::Error: case EventKind::User: case EventKind::Result:
            return 0;
        case EventKind::AcquireRequest: case EventKind::Load: case EventKind::LocalGet: case EventKind::LocalSet:
        case EventKind::CondNotify: case EventKind::QueueTaskDone: case EventKind::EventWaitDone:
            return 2;
        default: return 1;
    }
}

bool precious_marker(MarkerKind k) {
    switch (k) {
        case MarkerKind::Print: case MarkerKind::User: case MarkerKind::Result: case MarkerKind::Timeout:
        case MarkerKind::QueueFull: case MarkerKind::QueueEmpty:
            return false;
        default: return true;
    }
}

}  // namespace

std::string_view to_string(MarkerKind k) {
    static constexpr std::array<std::string_view, static_cast<size_t>(MarkerKind::Count)> names{
        "fork", "start", "exit", "print", "timeout", "deadlock", "stuck", "error", "step", "result",
        "joined", "reaped", "orphaned", "terminated", "queue full", "queue empty", "dropped"};
    const auto i = static_cast<size_t>(k);
    return i < names.size() ? names[i] : std::string_view("?");
}

TraceStore::TraceStore(TraceLimits limits) : limits_(limits) {}

// --- tables -------------------------------------------------------------------

void TraceStore::set_worker(uint16_t index, WorkerInfo info) {
    if (!lane(index)) return;
    info.known = true;
    workers_[index] = std::move(info);
}

void TraceStore::set_object(uint32_t index, ObjectInfo info) {
    if (!object_lane(index)) return;
    info.known = true;
    objects_[index] = std::move(info);
}

const WorkerInfo& TraceStore::worker(uint16_t w) const {
    static const WorkerInfo kNone{.name = "?"};
    return w < workers_.size() ? workers_[w] : kNone;
}

std::string_view TraceStore::worker_name(uint16_t w) const { return worker(w).name; }

uint16_t TraceStore::find_worker(std::string_view name) const {
    for (size_t w = 0; w < workers_.size(); ++w)
        if (workers_[w].name == name) return static_cast<uint16_t>(w);
    return kNoWorker;
}

const ObjectInfo& TraceStore::object(uint32_t o) const {
    static const ObjectInfo kNone{.name = "?"};
    return o < objects_.size() ? objects_[o] : kNone;
}

std::string_view TraceStore::object_name(uint32_t o) const { return object(o).name; }

std::string_view TraceStore::text(uint32_t id) const {
    return id < texts_.size() ? std::string_view(texts_[id]) : std::string_view();
}

std::optional<std::string_view> TraceStore::result(std::string_view key) const {
    for (const ResultEntry& r : results_)
        if (r.key == key) return std::string_view(r.value);
    return std::nullopt;
}

// Lanes are made on first use, with a placeholder name until the table says more.
TraceStore::WorkerLane* TraceStore::lane(uint16_t w) {
    if (w >= kMaxWorkerLanes) return nullptr;
    while (lanes_.size() <= w) {
        WorkerInfo placeholder;
        placeholder.name = "worker-" + std::to_string(lanes_.size());
        workers_.push_back(std::move(placeholder));
        lanes_.emplace_back();
    }
    return &lanes_[w];
}

TraceStore::ObjectLane* TraceStore::object_lane(uint32_t o) {
    if (o >= kMaxObjectLanes) return nullptr;
    while (object_lanes_.size() <= o) {
        ObjectInfo placeholder;
        placeholder.name = "object-" + std::to_string(object_lanes_.size());
        objects_.push_back(std::move(placeholder));
        object_lanes_.emplace_back();
    }
    return &object_lanes_[o];
}

// --- commit ---------------------------------------------------------------------

void TraceStore::append(const TraceEvent& ev, std::string_view text) {
    TraceEvent e = ev;
    if (carries_text(e.kind, e.flags)) e.value = add_text(text);
    commit(e);
}

// Every event, drained or appended, passes here once, in seq order.
void TraceStore::commit(TraceEvent e) {
    if (static_cast<size_t>(e.kind) >= static_cast<size_t>(EventKind::Count)) return;  // not an event
    if (counts_.events > 0 && e.seq < last_seq_) ++counts_.late;
    last_seq_ = std::max(last_seq_, e.seq);
    const int64_t t = std::max(event_ns(e), last_ns_);
    last_ns_ = t;
    e.tsc = static_cast<uint64_t>(t);
    e.step = std::max(e.step, last_step_);
    last_step_ = e.step;
    end_ns_ = t;
    end_step_ = e.step;
    ++counts_.events;
    ++counts_.by_kind[static_cast<size_t>(e.kind)];
    keep_raw(e);
    ingest(e);
}

void TraceStore::keep_raw(const TraceEvent& e) {
    if (limits_.max_raw_events == 0) {
        ++counts_.raw_thinned;
        return;
    }
    if (raw_.size() >= limits_.max_raw_events) {
        const size_t target = limits_.max_raw_events - limits_.max_raw_events / 4;
        for (int level = 2; level >= 0 && raw_.size() > target; --level)
            counts_.raw_thinned += thin(raw_, [level](const TraceEvent& x) { return raw_tier(x.kind) >= level; });
    }
    raw_.push_back(e);
}

uint32_t TraceStore::add_text(std::string_view text) {
    if (text_bytes_ + text.size() > limits_.max_text_bytes) {
        ++counts_.texts_dropped;
        if (notice_text_ != kNoText) return notice_text_;  // stored once and shared
        texts_.emplace_back(kTextLimitNotice);
        notice_text_ = static_cast<uint32_t>(texts_.size() - 1);
        return notice_text_;
    }
    text_bytes_ += text.size();
    texts_.emplace_back(text);
    return static_cast<uint32_t>(texts_.size() - 1);
}

// --- capped lane data ---------------------------------------------------------------

void TraceStore::push_interval(WorkerLane& l, const StateInterval& iv) {
    if (l.intervals.size() >= std::max<size_t>(limits_.max_intervals_per_lane, 2))
        counts_.coarsened += halve(l.intervals, true, merge_states);
    l.intervals.push_back(iv);
}

void TraceStore::push_hold(std::vector<HoldInterval>& slot, const HoldInterval& h) {
    if (slot.size() >= std::max<size_t>(limits_.max_intervals_per_lane, 2))
        counts_.coarsened += halve(slot, slot.back().t1 == kOpenEnd, merge_holds);
    slot.push_back(h);
}

void TraceStore::add_handoff(ObjectLane& o, const HandOff& h) {
    if (o.handoffs.size() >= std::max<size_t>(limits_.max_handoffs_per_object, 1))
        counts_.coarsened += thin(o.handoffs, [](const HandOff&) { return true; });
    o.handoffs.push_back(h);
}

void TraceStore::add_sample(uint32_t object, const TraceEvent& e, int64_t value) {
    ObjectLane* o = object_lane(object);
    if (!o) return;
    if (o->samples.size() >= std::max<size_t>(limits_.max_samples_per_object, 2))
        counts_.coarsened += halve(o->samples, false, merge_samples);
    o->samples.push_back({event_ns(e), e.step, value, value, value, e.worker});
}

void TraceStore::add_marker(uint16_t w, MarkerKind k, const TraceEvent& e, uint32_t text) {
    WorkerLane* l = w == kNoWorker ? &run_lane_ : lane(w);
    if (!l) return;
    if (l->markers.size() >= std::max<size_t>(limits_.max_markers_per_lane, 2)) {
        size_t removed = thin(l->markers, [](const Marker& m) { return !precious_marker(m.kind); });
        if (removed == 0) removed = thin(l->markers, [](const Marker&) { return true; });
        counts_.markers_thinned += removed;
    }
    l->markers.push_back({event_ns(e), e.step, e.value, e.object, e.line, text, w, k});
}

void TraceStore::add_console(const ConsoleLine& c) {
    if (console_.size() >= std::max<size_t>(limits_.max_console_lines, 1)) {
        const size_t n = std::max<size_t>(console_.size() / 4, 1);  // the oldest quarter
        console_.erase(console_.begin(), console_.begin() + static_cast<std::ptrdiff_t>(n));
        counts_.console_dropped += n;
    }
    console_.push_back(c);
}

}  // namespace il::core
