// app/gui/timeline/timeline_math.cpp — the timeline's arithmetic (see timeline_math.hpp).
#include "app/gui/timeline/timeline_math.hpp"

#include <cmath>
#include <cstdio>

#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::trf;

namespace {

using core::Axis;

constexpr double kNsPerUs = 1e3, kNsPerMs = 1e6, kNsPerS = 1e9;
constexpr double kMinSpanNs = 100.0;   // 100 ns across the whole view
constexpr double kMinSpanSteps = 4.0;  // four steps across the whole view
constexpr double kFitMargin = 0.03;    // of the span, right of the end
constexpr double kWheelZoomBase = 0.8; // one wheel notch shows 80% of the span

struct TimeUnit {
    double ns;
    const char* name;
};
constexpr TimeUnit kUnits[] = {{kNsPerS, "s"}, {kNsPerMs, "ms"}, {kNsPerUs, "\xC2\xB5s"}, {1.0, "ns"}};

// The unit a value of magnitude `v` ns reads best in: the largest unit with v >= unit / 10.
const TimeUnit& unit_for(double v) {
    for (const TimeUnit& u : kUnits)
        if (v >= u.ns / 10.0) return u;
    return kUnits[3];
}

std::string printf_string(const char* fmt, double v, const char* unit) {
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, v, unit);
    return buf;
}

}  // namespace

TimelineContext make_context(ImVec2 origin, float width, double t0, double t1, Axis axis, float scale) {
    TimelineContext ctx;
    ctx.origin = origin;
    ctx.width = std::max(width, 1.0f);
    ctx.t0 = t0;
    ctx.t1 = t1 > t0 ? t1 : t0 + 1.0;
    ctx.px_per_unit = static_cast<double>(ctx.width) / (ctx.t1 - ctx.t0);
    ctx.axis = axis;
    ctx.scale = scale;
    ctx.lane_height = timeline_size::kLaneHeight * scale;
    return ctx;
}

float to_px(const TimelineContext& ctx, double t) {
    const double margin = timeline_size::kClampMarginPx * ctx.scale;
    const double x = std::clamp((t - ctx.t0) * ctx.px_per_unit, -margin, ctx.width + margin);
    return ctx.origin.x + static_cast<float>(x);
}

double from_px(const TimelineContext& ctx, float x) { return ctx.t0 + (x - ctx.origin.x) / ctx.px_per_unit; }

double min_span(Axis axis) { return axis == Axis::Ns ? kMinSpanNs : kMinSpanSteps; }

double max_span(Axis axis, int64_t end) {
    return std::max(static_cast<double>(end) * 4.0, min_span(axis) * 10.0);
}

ViewRange zoom_around(ViewRange v, double anchor, double factor, double lo, double hi) {
    const double span = v.span();
    const double new_span = std::clamp(span * factor, lo, std::max(lo, hi));
    const double frac = span > 0.0 ? (anchor - v.t0) / span : 0.5;
    const double t0 = anchor - frac * new_span;
    return {t0, t0 + new_span};
}

double wheel_zoom_factor(float wheel) { return std::pow(kWheelZoomBase, static_cast<double>(wheel)); }

ViewRange pan_by_px(ViewRange v, float dx_px, double px_per_unit) {
    const double dt = -static_cast<double>(dx_px) / px_per_unit;
    return {v.t0 + dt, v.t1 + dt};
}

ViewRange fit_all(int64_t end, Axis axis) {
    const double span = std::max(static_cast<double>(end), min_span(axis));
    return {0.0, span * (1.0 + kFitMargin)};
}

ViewRange follow_end(ViewRange v, int64_t end, Axis axis) {
    const double span = std::max(v.span(), min_span(axis));
    const double right = static_cast<double>(end) + span * kFitMargin;
    if (right <= span) return {0.0, span};  // the run still fits: no need to scroll
    return {right - span, right};
}

double nice_tick_step(double px_per_unit, float min_px) {
    const double min_units = std::max(static_cast<double>(min_px) / px_per_unit, 1.0);
    double decade = std::pow(10.0, std::floor(std::log10(min_units)));
    for (;;) {
        for (double m : {1.0, 2.0, 5.0})
            if (m * decade >= min_units) return m * decade;
        decade *= 10.0;
    }
}

std::string format_tick(double t, double step, Axis axis) {
    if (axis == Axis::Step) return printf_string("%.0f%s", t, "");
    if (t == 0.0) return "0";
    const TimeUnit& u = unit_for(step);
    return printf_string(step >= u.ns ? "%.0f %s" : "%.1f %s", t / u.ns, u.name);
}

std::string format_duration(int64_t d, Axis axis) {
    if (axis == Axis::Step)
        return d == 1 ? trf("{n} step", {{"n", "1"}}) : trf("{n} steps", {{"n", std::to_string(d)}});
    const auto v = static_cast<double>(d);
    const TimeUnit& u = unit_for(v / 10.0);  // the largest unit not above v: 850 ns, not 0.85 µs
    if (u.ns == 1.0) return printf_string("%.0f %s", v, u.name);
    const double x = v / u.ns;
    return printf_string(x >= 100.0 ? "%.0f %s" : x >= 10.0 ? "%.1f %s" : "%.2f %s", x, u.name);
}

std::string format_instant(int64_t t, Axis axis) {
    if (axis == Axis::Step) return trf("after step {step}", {{"step", std::to_string(t)}});
    return trf("at {time}", {{"time", format_duration(t, axis)}});
}

void LaneLayout::add(float height) {
    tops_.push_back(tops_.empty() ? 0.0f : total() + gap_);
    heights_.push_back(height);
}

std::optional<size_t> LaneLayout::lane_at(float y) const {
    const auto it = std::upper_bound(tops_.begin(), tops_.end(), y);
    if (it == tops_.begin()) return std::nullopt;
    const auto i = static_cast<size_t>(it - tops_.begin()) - 1;
    if (y >= tops_[i] + heights_[i]) return std::nullopt;
    return i;
}

}  // namespace il::gui
