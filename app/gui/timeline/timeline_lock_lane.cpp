// app/gui/timeline/timeline_lock_lane.cpp — who holds a lock, and whether others wait.
#include "app/gui/timeline/timeline_lock_lane.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

constexpr float kMinRowShare = 0.6f;  // of a lane's height, per row of a semaphore

ImU32 hold_colour(bool contended) { return contended ? colour::kHoldsContended : colour::kHolds; }

std::string names(const core::TraceStore& store, const std::vector<uint16_t>& workers) {
    std::string s;
    for (uint16_t w : workers) s += (s.empty() ? "" : ", ") + std::string(store.worker_name(w));
    return s;
}

}  // namespace

std::string LockLane::label() const { return std::string(store().object_name(object_)); }

std::string LockLane::sublabel() const {
    const core::ObjectInfo& o = store().object(object_);
    std::string s(core::to_string(o.kind));
    if (o.capacity > 0 && (o.kind == core::ObjectKind::Semaphore || o.kind == core::ObjectKind::BoundedSemaphore))
        s += "(" + std::to_string(o.capacity) + ")";
    if (store().hold_slots(object_) > kMaxRows)
        s = trf("{kind}, {n} rows hidden", {{"kind", s}, {"n", std::to_string(store().hold_slots(object_) - kMaxRows)}});
    return s;
}

size_t LockLane::rows() const { return std::clamp<size_t>(store().hold_slots(object_), 1, kMaxRows); }

float LockLane::row_height(const TimelineContext& ctx) const {
    if (rows() == 1) return ctx.lane_height;
    return std::max(ctx.lane_height * kMinRowShare, ImGui::GetFontSize() + 4.0f * ctx.scale);
}

float LockLane::height(const TimelineContext& ctx) const { return row_height(ctx) * static_cast<float>(rows()); }

size_t LockLane::drawn_items() const {
    size_t n = 0;
    for (const Row& r : rows_) n += r.runs.size();
    return n;
}

void LockLane::prepare(const TimelineContext& ctx) {
    axis_ = ctx.axis;
    end_ = ctx.end;
    rows_.resize(std::min(store().hold_slots(object_), kMaxRows));
    for (size_t slot = 0; slot < rows_.size(); ++slot) {
        Row& row = rows_[slot];
        row.slot = slot;
        row.holds = store().holds(object_, slot);
        const auto holds = row.holds;
        auto start = [&](size_t i) { return hold_start(holds[i], axis_); };
        auto end = [&](size_t i) { return hold_end(holds[i], axis_, end_); };
        merge_subpixel(holds.size(), start, end, ctx, timeline_size::kMinVisPx * ctx.scale, row.runs);
        row.contended.resize(row.runs.size());
        for (size_t r = 0; r < row.runs.size(); ++r) {  // while the holds are in cache
            const PixelRun& run = row.runs[r];
            row.contended[r] = run.condensed()
                                   ? dominant_key(run.first, run.last, [&](size_t i) { return holds[i].contended; },
                                                  start, end)
                                   : holds[run.first].contended;
        }
    }
}

void LockLane::draw_row(const TimelineContext& ctx, ImDrawList& dl, const Row& row, float y0, float y1) const {
    const auto holds = row.holds;
    for (size_t r = 0; r < row.runs.size(); ++r) {
        const PixelRun& run = row.runs[r];
        const core::HoldInterval& h = holds[run.first];
        const ImU32 fill = hold_colour(row.contended[r] != 0);
        draw_bar(dl, run.x0, run.x1, y0, y1, fill, run.condensed());
        if (run.condensed()) continue;
        const std::string holder(store().worker_name(h.holder));
        const std::string text =
            h.contended ? trf("{holder} · {n} waiting", {{"holder", holder}, {"n", std::to_string(h.max_waiters)}})
                        : holder;
        draw_bar_text(dl, ctx, ImVec4(run.x0, y0, run.x1, y1), fill, text, holder);
    }
}

void LockLane::draw(const TimelineContext& ctx, ImDrawList& dl, float y) const {
    const float rh = row_height(ctx), inset = timeline_size::kBarInset * ctx.scale;
    for (size_t i = 0; i < rows_.size(); ++i) {
        const float top = y + rh * static_cast<float>(i);
        draw_row(ctx, dl, rows_[i], top + inset, top + rh - inset);
    }
}

void LockLane::hold_tooltip(const TimelineContext& ctx, const Row& row, const PixelRun& run) const {
    const auto holds = row.holds;
    const double a = hold_start(holds[run.first], axis_), b = hold_end(holds[run.last - 1], axis_, end_);
    if (run.condensed()) {
        heading(trf("{lock}: {n} holds", {{"lock", label()}, {"n", std::to_string(run.count())}}));
        text(describe_span(a, b, ctx.axis));
        text_coloured(colour::kTextMuted, tr("Each is narrower than a pixel: zoom in to see them one by one."));
        return;
    }
    const core::HoldInterval& h = holds[run.first];
    heading(trf("{lock} held by {worker}", {{"lock", label()}, {"worker", store().worker_name(h.holder)}}));
    const bool open = (axis_ == core::Axis::Ns ? h.t1 : h.s1) == core::kOpenEnd;
    text(open ? trf("{span}, still held", {{"span", describe_span(a, b, ctx.axis)}}) : describe_span(a, b, ctx.axis));
    if (h.contended)
        tooltip_row(tr("others waited:"), trf("up to {n} at once", {{"n", std::to_string(h.max_waiters)}}));
    const double t = from_px(ctx, ctx.mouse.x);
    const auto at = static_cast<int64_t>(axis_ == core::Axis::Step ? std::ceil(t) : t);
    if (const auto waiting = store().waiters_at(object_, at, axis_); !waiting.empty())
        tooltip_row(tr("waiting here:"), names(store(), waiting));
    if (h.line != 0)
        tooltip_row(trf("obtained at line {line}", {{"line", std::to_string(h.line)}}),
                    source_line(source().demo_source, h.line));
    if (h.merged > 1)
        text_coloured(colour::kTextMuted, trf("Stands for {n} holds: the trace was coarsened to bound its memory.",
                                              {{"n", std::to_string(h.merged)}}));
}

bool LockLane::tooltip(const TimelineContext& ctx, float y) const {
    if (ctx.mouse.y < y || ctx.mouse.y >= y + height(ctx) || rows_.empty()) return false;
    const auto r = static_cast<size_t>((ctx.mouse.y - y) / row_height(ctx));
    if (r >= rows_.size()) return false;
    const auto run = hit_run(rows_[r].runs, ctx.mouse.x);
    if (!run) return false;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    hold_tooltip(ctx, rows_[r], rows_[r].runs[*run]);
    tooltip_note();
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    return true;
}

}  // namespace il::gui
