// app/gui/timeline/timeline_math.hpp — the timeline's arithmetic, with no ImGui calls:
// the per-frame TimelineContext and the time↔pixel mapping, zoom and pan of
// the visible range, nice tick steps and their labels, where trace items sit on
// each axis, the lane layout and its hit test, and the merging of sub-pixel
// runs (Tracy's MinVisPx). Everything here is unit-tested headless
// (tests/gui/timeline_math_test.cpp); the lanes and the panel only draw.
//
// The axis unit is abstract (STYLE.md lesson 13): ns since the run started in
// run/slow mode, steps in step/replay mode. On the step axis step k is the
// column [k-1, k): a worker granted step k runs in that column, and whatever
// its operation changed (a hold, a queue level, its next state) starts at k.
//
// Thread rules: plain functions and values; GUI thread in practice.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/trace/trace.hpp"
#include "imgui.h"

namespace il::gui {

// Pixel sizes before ui_scale(); every use multiplies by TimelineContext::scale.
namespace timeline_size {
inline constexpr float kLaneHeight = 28.0f;     // a one-row lane
inline constexpr float kLaneGap = 3.0f;         // between lanes
inline constexpr float kBarInset = 3.0f;        // bar edge to lane edge
inline constexpr float kMinVisPx = 3.0f;        // narrower items merge into runs of this width
inline constexpr float kClampMarginPx = 10.0f;  // x is clamped to [-margin, width + margin]
inline constexpr float kTickMinPx = 90.0f;      // at least this far between labelled ticks
inline constexpr float kMarkerSize = 7.0f;      // half the width of a marker glyph
inline constexpr float kLabelPadding = 8.0f;
inline constexpr float kLabelMinWidth = 110.0f;
inline constexpr float kTextPadding = 4.0f;     // text inside a bar
}  // namespace timeline_size

// Computed once per frame; every lane takes it by const&.
struct TimelineContext {
    ImVec2 origin{0.0f, 0.0f};  // screen position of t0 at the top of the first lane
    float width = 1.0f;         // px of the time area
    float lane_height = timeline_size::kLaneHeight;
    double t0 = 0.0, t1 = 1.0;  // visible range, axis units
    double px_per_unit = 1.0;
    core::Axis axis = core::Axis::Ns;
    int64_t end = 0;            // the trace's end on this axis: where open items stop
    ImVec2 mouse{-1.0f, -1.0f};
    bool hovered = false;       // the mouse is over the time area
    float scale = 1.0f;         // ui_scale()
};

TimelineContext make_context(ImVec2 origin, float width, double t0, double t1, core::Axis axis, float scale);

// Screen x of time t, clamped to [origin.x - margin, origin.x + width + margin]
// so extreme zooms never hand huge floats to the draw list.
float to_px(const TimelineContext& ctx, double t);
// The time at screen x (the inverse of to_px inside the visible range).
double from_px(const TimelineContext& ctx, float x);

// --- the visible range ---------------------------------------------------------
struct ViewRange {
    double t0 = 0.0, t1 = 1.0;
    double span() const { return t1 - t0; }
    friend bool operator==(const ViewRange&, const ViewRange&) = default;
};

// Where the drawing ends: the last event's time; on the step axis one column
// more, "now", so that what the last step changed (a worker blocking, a lock
// taken) shows as a column of its own.
inline int64_t axis_end(const core::TraceStore& store, core::Axis axis) {
    return store.end(axis) + (axis == core::Axis::Step ? 1 : 0);
}

// The narrowest and widest spans zooming may reach.
double min_span(core::Axis axis);
double max_span(core::Axis axis, int64_t end);
// Scales the span by `factor` (< 1 zooms in) keeping `anchor` at the same
// fraction of the view, i.e. at the same pixel; the span stays within limits.
ViewRange zoom_around(ViewRange v, double anchor, double factor, double lo, double hi);
// The zoom factor for a mouse-wheel movement (positive wheel zooms in).
double wheel_zoom_factor(float wheel);
// Moves the view by `dx_px` pixels (dragging right shows earlier times).
ViewRange pan_by_px(ViewRange v, float dx_px, double px_per_unit);
// The whole trace [0, end] with a small margin on the right.
ViewRange fit_all(int64_t end, core::Axis axis);
// Keeps the span, with the end of the trace at the right edge (follow live).
ViewRange follow_end(ViewRange v, int64_t end, core::Axis axis);

// --- ticks ---------------------------------------------------------------------
// The smallest 1/2/5 × 10^k step (≥ 1 unit) whose ticks are at least `min_px` apart.
double nice_tick_step(double px_per_unit, float min_px);
// "0", "500 ns", "1.5 ms", "2 s": the unit is chosen from `step`, so every tick
// of one axis uses the same unit; steps are plain integers.
std::string format_tick(double t, double step, core::Axis axis);
// "850 ns", "12.3 ms", "1.20 s"; or "3 steps" on the step axis.
std::string format_duration(int64_t d, core::Axis axis);
// "at 1.234 ms" / "at step 7".
std::string format_instant(int64_t t, core::Axis axis);

// --- where trace items sit on an axis -----------------------------------------
// A worker's interval i (of its whole lane `v`): on the step axis a Running
// interval entered by a grant starts one unit early (the column of the step it
// was granted), and an interval ends where the next one starts. The open last
// interval ends at `end`. (Inline: these run for every item a frame looks at.)
inline double worker_start(std::span<const core::StateInterval> v, size_t i, core::Axis a) {
    if (a == core::Axis::Ns) return static_cast<double>(v[i].t0);
    const bool granted = v[i].state == core::WorkerState::Running && i > 0 && v[i].s0 > 0 && v[i - 1].s0 < v[i].s0;
    return static_cast<double>(v[i].s0) - (granted ? 1.0 : 0.0);
}
inline double worker_end(std::span<const core::StateInterval> v, size_t i, core::Axis a, int64_t end) {
    if (i + 1 < v.size()) return worker_start(v, i + 1, a);
    const int64_t e = a == core::Axis::Ns ? v[i].t1 : v[i].s1;
    return e == core::kOpenEnd ? std::max(static_cast<double>(end), worker_start(v, i, a)) : static_cast<double>(e);
}
inline double hold_start(const core::HoldInterval& h, core::Axis a) {
    return static_cast<double>(a == core::Axis::Ns ? h.t0 : h.s0);
}
inline double hold_end(const core::HoldInterval& h, core::Axis a, int64_t end) {
    const int64_t e = a == core::Axis::Ns ? h.t1 : h.s1;
    return e == core::kOpenEnd ? std::max(static_cast<double>(end), hold_start(h, a)) : static_cast<double>(e);
}
// A marker sits in the middle of its step's column on the step axis.
inline double marker_pos(const core::Marker& m, core::Axis a) {
    return a == core::Axis::Ns ? static_cast<double>(m.t) : std::max(0.0, static_cast<double>(m.s) - 0.5);
}
inline double sample_pos(const core::LevelSample& s, core::Axis a) {
    return static_cast<double>(a == core::Axis::Ns ? s.t : s.s);
}

// --- lane layout ---------------------------------------------------------------
// Lanes stacked from y = 0 with a gap between them.
class LaneLayout {
public:
    explicit LaneLayout(float gap = 0.0f) : gap_(gap) {}
    void clear() { tops_.clear(); heights_.clear(); }
    void add(float height);
    size_t size() const { return tops_.size(); }
    float top(size_t i) const { return tops_[i]; }
    float height(size_t i) const { return heights_[i]; }
    float total() const { return tops_.empty() ? 0.0f : tops_.back() + heights_.back(); }
    // The lane at y (relative to the first lane's top); nullopt in a gap or outside.
    std::optional<size_t> lane_at(float y) const;

private:
    float gap_;
    std::vector<float> tops_, heights_;
};

// --- sub-pixel merging ---------------------------------------------------------
// Items [first, last) drawn as one box from x0 to x1. A run of several items
// is "condensed": they were each narrower than the minimum visible width.
struct PixelRun {
    size_t first = 0, last = 0;
    float x0 = 0.0f, x1 = 0.0f;
    size_t count() const { return last - first; }
    bool condensed() const { return last - first > 1; }
};

// The items of a sorted, non-overlapping sequence (start(i) and end(i) are both
// non-decreasing) that intersect [ctx.t0, ctx.t1], as pixel runs: an item at
// least `min_px` wide is a run of its own; a narrower one starts a run that
// swallows every following item ending within `min_px` of its start (found by
// binary search, so the cost grows with the pixels, not with the items). Items
// of zero length that would start a run are skipped (instants on the step axis).
// The end of a run is found by a linear scan for up to kMergeScan items, then
// by galloping (1, 2, 4 … items on, then a binary search in the last
// stride): both touch memory near the run only. The scan streams through the
// cache, which beats scattered probes for the run lengths a full lane gives
// (bench/timeline_bench.cpp); galloping bounds the cost of longer runs.
inline constexpr size_t kMergeScan = 1024;
template <typename StartFn, typename EndFn>
void merge_subpixel(size_t n, StartFn start, EndFn end, const TimelineContext& ctx, float min_px,
                    std::vector<PixelRun>& out) {
    out.clear();
    auto first_ending_after = [&](size_t from, double t) {  // the first k >= from with end(k) >= t
        size_t lo = from, hi = n;
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            if (end(mid) < t) lo = mid + 1; else hi = mid;
        }
        return lo;
    };
    auto gallop = [&](size_t from, double t) {  // the first k >= from with end(k) > t
        size_t lo = from, step = 1;
        while (lo < n && lo < from + kMergeScan && end(lo) <= t) ++lo;
        if (lo < from + kMergeScan) return lo;
        while (lo + step <= n && end(lo + step - 1) <= t) {
            lo += step;
            step *= 2;
        }
        size_t hi = std::min(n, lo + step);
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            if (end(mid) <= t) lo = mid + 1; else hi = mid;
        }
        return lo;
    };
    size_t i = first_ending_after(0, ctx.t0);
    while (i < n && start(i) <= ctx.t1) {
        const double s = start(i), e = end(i);
        if (e <= s) {  // an instant: nothing to draw
            ++i;
            continue;
        }
        const float x0 = to_px(ctx, s), x1 = to_px(ctx, e);
        if (x1 - x0 >= min_px) {
            out.push_back({i, i + 1, x0, x1});
            ++i;
            continue;
        }
        const size_t j = std::max(i + 1, gallop(i + 1, from_px(ctx, x0 + min_px)));
        out.push_back({i, j, x0, std::max(x0 + min_px, to_px(ctx, end(j - 1)))});
        i = j;
    }
}

// Which of the items [first, last) covers the most time, looking at no more
// than `max_looks` of them (evenly spaced): the colour of a condensed run.
// Keys are small enums or flags (at most 16 distinct values are told apart).
template <typename KeyFn, typename StartFn, typename EndFn>
auto dominant_key(size_t first, size_t last, KeyFn key, StartFn start, EndFn end, size_t max_looks = 8) {
    using Key = decltype(key(first));
    constexpr size_t kMaxKeys = 16;
    std::array<Key, kMaxKeys> keys{};
    std::array<double, kMaxKeys> totals{};
    size_t used = 0;
    const size_t stride = std::max<size_t>(1, (last - first) / std::max<size_t>(1, max_looks));
    for (size_t i = first; i < last; i += stride) {
        const Key k = key(i);
        const double d = std::max(0.0, end(i) - start(i));
        const size_t at = static_cast<size_t>(std::find(keys.begin(), keys.begin() + used, k) - keys.begin());
        if (at < used) totals[at] += d;
        else if (used < kMaxKeys) { keys[used] = k; totals[used++] = d; }
    }
    if (used == 0) return key(first);
    return keys[static_cast<size_t>(std::max_element(totals.begin(), totals.begin() + used) - totals.begin())];
}

}  // namespace il::gui
