// core/trace/trace_query.cpp — TraceStore's read side: binary searches over the
// sorted lanes, on either time axis.
#include <algorithm>

#include "core/common/i18n.hpp"

#include "core/trace/trace.hpp"

namespace il::core {

std::string dropped_events_hint(uint64_t dropped, DirectorMode mode) {
    if (dropped == 0) return {};
    switch (mode) {
        case DirectorMode::Run: return i18n::tr("the workers outran the observer; try slow or step mode");
        case DirectorMode::Slow:
            return i18n::tr(
                "the workers outran the observer even in slow mode; try a longer delay per operation, or step mode");
        case DirectorMode::Step:
        case DirectorMode::Replay: break;
    }
    return i18n::trf("events were lost although every operation waited for the observer; this should not happen in "
                     "{mode} mode, please report it",
                     {{"mode", to_string(mode)}});
}

namespace {

template <typename T>
int64_t start_of(const T& x, Axis a) {
    return a == Axis::Ns ? x.t0 : x.s0;
}
template <typename T>
int64_t end_of(const T& x, Axis a) {
    return a == Axis::Ns ? x.t1 : x.s1;
}
int64_t point_of(const LevelSample& x, Axis a) { return a == Axis::Ns ? x.t : x.s; }
int64_t point_of(const Marker& x, Axis a) { return a == Axis::Ns ? x.t : x.s; }
int64_t point_of(const TraceEvent& x, Axis a) { return event_time(x, a); }

// Spans sorted by start and by end (contiguous lanes, or the disjoint holds of
// one slot) that overlap [r.t0, r.t1). A zero-length span at r.t0 counts (on
// the step axis many states begin and end within one step).
template <typename T>
std::span<const T> overlapping(std::span<const T> v, TimeRange r) {
    const Axis a = r.axis;
    auto first = std::partition_point(v.begin(), v.end(), [&](const T& x) {
        const int64_t e = end_of(x, a);
        return e < r.t0 || (e == r.t0 && start_of(x, a) < e);
    });
    auto last = std::partition_point(first, v.end(), [&](const T& x) { return start_of(x, a) < r.t1; });
    return {first, last};
}

// Points sorted by time that lie in [r.t0, r.t1).
template <typename T>
std::span<const T> points_in(std::span<const T> v, TimeRange r) {
    auto first = std::partition_point(v.begin(), v.end(), [&](const T& x) { return point_of(x, r.axis) < r.t0; });
    auto last = std::partition_point(first, v.end(), [&](const T& x) { return point_of(x, r.axis) < r.t1; });
    return {first, last};
}

// The last element that starts at or before t; nullptr if none.
template <typename T, typename Start>
const T* last_at(std::span<const T> v, int64_t t, Start start) {
    auto it = std::partition_point(v.begin(), v.end(), [&](const T& x) { return start(x) <= t; });
    return it == v.begin() ? nullptr : &*(it - 1);
}

}  // namespace

std::span<const StateInterval> TraceStore::intervals(uint16_t w) const {
    if (w >= lanes_.size()) return {};
    return lanes_[w].intervals;
}

std::span<const StateInterval> TraceStore::intervals_in(uint16_t w, TimeRange r) const {
    return overlapping(intervals(w), r);
}

std::optional<StateInterval> TraceStore::state_at(uint16_t w, int64_t t, Axis a) const {
    const StateInterval* iv = last_at(intervals(w), t, [a](const StateInterval& x) { return start_of(x, a); });
    if (!iv) return std::nullopt;
    return *iv;
}

std::span<const Marker> TraceStore::markers(uint16_t w) const {
    if (w == kNoWorker) return run_lane_.markers;
    if (w >= lanes_.size()) return {};
    return lanes_[w].markers;
}

std::span<const Marker> TraceStore::markers_in(uint16_t w, TimeRange r) const { return points_in(markers(w), r); }

size_t TraceStore::hold_slots(uint32_t o) const { return o < object_lanes_.size() ? object_lanes_[o].slots.size() : 0; }

std::span<const HoldInterval> TraceStore::holds(uint32_t o, size_t slot) const {
    if (slot >= hold_slots(o)) return {};
    return object_lanes_[o].slots[slot];
}

std::span<const HoldInterval> TraceStore::holds_in(uint32_t o, size_t slot, TimeRange r) const {
    return overlapping(holds(o, slot), r);
}

std::vector<uint16_t> TraceStore::holders_at(uint32_t o, int64_t t, Axis a) const {
    std::vector<uint16_t> out;
    for (size_t slot = 0; slot < hold_slots(o); ++slot) {
        const HoldInterval* h = last_at(holds(o, slot), t, [a](const HoldInterval& x) { return start_of(x, a); });
        if (h && t < end_of(*h, a)) out.push_back(h->holder);
    }
    return out;
}

std::vector<uint16_t> TraceStore::waiters_at(uint32_t o, int64_t t, Axis a) const {
    std::vector<uint16_t> out;
    for (size_t w = 0; w < lanes_.size(); ++w) {
        const auto s = state_at(static_cast<uint16_t>(w), t, a);
        if (s && s->state == WorkerState::Blocked && s->object == o) out.push_back(static_cast<uint16_t>(w));
    }
    return out;
}

std::span<const LevelSample> TraceStore::samples(uint32_t o) const {
    if (o >= object_lanes_.size()) return {};
    return object_lanes_[o].samples;
}

// From the last sample at or before r.t0 (the level the range starts with).
std::span<const LevelSample> TraceStore::samples_in(uint32_t o, TimeRange r) const {
    const std::span<const LevelSample> all = samples(o);
    std::span<const LevelSample> in = points_in(all, r);
    if (in.data() != all.data() && (in.empty() || point_of(in.front(), r.axis) > r.t0))
        return {in.data() - 1, in.size() + 1};
    return in;
}

std::optional<int64_t> TraceStore::level_at(uint32_t o, int64_t t, Axis a) const {
    const LevelSample* s = last_at(samples(o), t, [a](const LevelSample& x) { return point_of(x, a); });
    if (!s) return std::nullopt;
    return s->value;
}

std::span<const HandOff> TraceStore::handoffs(uint32_t o) const {
    if (o >= object_lanes_.size()) return {};
    return object_lanes_[o].handoffs;
}

std::span<const TraceEvent> TraceStore::events_in(TimeRange r) const { return points_in(events(), r); }

const TraceEvent* TraceStore::last_event_at(int64_t t, Axis a) const {
    return last_at(events(), t, [a](const TraceEvent& e) { return event_time(e, a); });
}

std::string TraceStore::describe_cycle(const Cycle& c) const {
    const size_t n = std::min(c.workers.size(), c.objects.size());
    std::vector<CycleLink> links;
    for (size_t i = 0; i < n; ++i) {
        const ObjectInfo& o = object(c.objects[i]);
        const bool join = o.kind == ObjectKind::Worker;
        links.push_back({std::string(worker_name(c.workers[i])),
                         std::string(join ? worker_name(o.worker) : object_name(c.objects[i])),
                         std::string(worker_name(c.workers[(i + 1) % n])), join});
    }
    return cycle_sentence(links);
}

}  // namespace il::core
