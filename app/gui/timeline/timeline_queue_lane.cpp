// app/gui/timeline/timeline_queue_lane.cpp — a queue's fill level against its capacity.
#include "app/gui/timeline/timeline_queue_lane.hpp"

#include <algorithm>
#include <string>

#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

constexpr uint8_t kRangeAlpha = 110;  // the part of a merged column only some of its samples reached

ImU32 with_alpha(ImU32 c, uint8_t a) { return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(a) << IM_COL32_A_SHIFT); }

std::string items(int64_t n) { return n == 1 ? trf("{n} item", {{"n", "1"}}) : trf("{n} items", {{"n", std::to_string(n)}}); }

}  // namespace

void level_columns(std::span<const core::LevelSample> samples, const TimelineContext& ctx, float min_px,
                   std::vector<LevelColumn>& out) {
    out.clear();
    const core::Axis a = ctx.axis;
    auto first_at_or_after = [&](size_t from, double t, bool inclusive) {
        return static_cast<size_t>(std::partition_point(samples.begin() + static_cast<std::ptrdiff_t>(from),
                                                        samples.end(),
                                                        [&](const core::LevelSample& s) {
                                                            const double p = sample_pos(s, a);
                                                            return inclusive ? p <= t : p < t;
                                                        }) -
                                   samples.begin());
    };
    size_t i = first_at_or_after(0, ctx.t0, true);
    if (i > 0) --i;  // the level the view starts with
    const float right = to_px(ctx, static_cast<double>(ctx.end));
    while (i < samples.size() && sample_pos(samples[i], a) <= ctx.t1) {
        const float x0 = to_px(ctx, sample_pos(samples[i], a));
        const size_t j = std::max(i + 1, first_at_or_after(i + 1, from_px(ctx, x0 + min_px), false));
        LevelColumn c{i, j, x0, right, samples[i].min, samples[i].max, samples[j - 1].value};
        for (size_t k = i + 1; k < j; ++k) {
            c.lo = std::min(c.lo, samples[k].min);
            c.hi = std::max(c.hi, samples[k].max);
        }
        if (j < samples.size()) c.x1 = std::max(x0 + min_px, to_px(ctx, sample_pos(samples[j], a)));
        out.push_back(c);
        i = j;
    }
}

std::string QueueLane::label() const { return std::string(store().object_name(object_)); }

std::string QueueLane::sublabel() const {
    const uint32_t cap = store().object(object_).capacity;
    return cap > 0 ? "Queue(" + std::to_string(cap) + ")" : std::string(tr("Queue, unbounded"));
}

void QueueLane::prepare(const TimelineContext& ctx) {
    axis_ = ctx.axis;
    const auto samples = store().samples(object_);
    if (const uint32_t cap = store().object(object_).capacity; cap > 0) {
        top_ = cap;
    } else if (samples.size() != top_samples_) {  // unbounded: scale to the highest level seen
        top_ = 1;
        for (const core::LevelSample& s : samples) top_ = std::max(top_, s.max);
        top_samples_ = samples.size();
    }
    level_columns(samples, ctx, timeline_size::kMinVisPx * ctx.scale, columns_);
}

void QueueLane::draw(const TimelineContext& ctx, ImDrawList& dl, float y) const {
    const float inset = timeline_size::kBarInset * ctx.scale;
    const float y0 = y + inset, y1 = y + height(ctx) - inset;
    const auto level_y = [&](int64_t v) {
        return y1 - (y1 - y0) * static_cast<float>(std::clamp<double>(static_cast<double>(v) / top_, 0.0, 1.0));
    };
    const uint32_t cap = store().object(object_).capacity;
    dl.AddLine(ImVec2(ctx.origin.x, y0), ImVec2(ctx.origin.x + ctx.width, y0), colour::kGridLine, ctx.scale);
    for (const LevelColumn& c : columns_) {
        const bool full = cap > 0 && c.value >= static_cast<int64_t>(cap);
        const ImU32 fill = full ? colour::kQueueFull : colour::kQueueLevel;
        if (c.hi > c.value) dl.AddRectFilled(ImVec2(c.x0, level_y(c.hi)), ImVec2(c.x1, y1), with_alpha(fill, kRangeAlpha));
        if (c.value > 0) dl.AddRectFilled(ImVec2(c.x0, level_y(c.value)), ImVec2(c.x1, y1), fill);
        if (c.last - c.first == 1 && c.value > 0)
            draw_bar_text(dl, ctx, ImVec4(c.x0, level_y(c.value), c.x1, y1), fill, std::to_string(c.value));
    }
}

bool QueueLane::tooltip(const TimelineContext& ctx, float y) const {
    if (ctx.mouse.y < y || ctx.mouse.y >= y + height(ctx)) return false;
    const auto it = std::find_if(columns_.rbegin(), columns_.rend(),
                                 [&](const LevelColumn& c) { return ctx.mouse.x >= c.x0 && ctx.mouse.x < c.x1; });
    if (it == columns_.rend()) return false;
    const LevelColumn& c = *it;
    const auto samples = store().samples(object_);
    const core::LevelSample& s = samples[c.last - 1];
    const uint32_t cap = store().object(object_).capacity;
    ImGui::BeginTooltip();
    heading(cap > 0 ? trf("{queue}: {items} of {capacity}",
                          {{"queue", label()}, {"items", items(c.value)}, {"capacity", std::to_string(cap)}})
                    : trf("{name}: {detail}", {{"name", label()}, {"detail", items(c.value)}}));
    if (c.last - c.first > 1) {
        text(trf("{n} changes here, between {low} and {high}", {{"n", std::to_string(c.last - c.first)},
                                                                 {"low", std::to_string(c.lo)},
                                                                 {"high", items(c.hi)}}));
        text_coloured(colour::kTextMuted, tr("Zoom in to see them one by one."));
    } else {
        const int64_t before = c.first == 0 ? 0 : samples[c.first - 1].value;
        const bool put = s.value > before;
        const std::string_view worker = store().worker_name(s.worker);
        text(put ? trf("after a put by {worker}", {{"worker", worker}}) : trf("after a get by {worker}", {{"worker", worker}}));
        text(format_instant(axis_ == core::Axis::Ns ? s.t : s.s, axis_));
    }
    if (cap > 0 && c.value >= static_cast<int64_t>(cap)) text_coloured(colour::kQueueFull, tr("full: a put() blocks"));
    ImGui::EndTooltip();
    return true;
}

}  // namespace il::gui
