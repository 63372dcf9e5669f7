// app/gui/timeline/timeline_chrome.cpp — what surrounds the lanes: the toolbar, the
// legend, the time or step axis, the grid, the lane names (where a learner in
// step mode grants steps), and the overlays drawn across lanes (hand-off
// arrows, the line where a deadlock closed).
#include <algorithm>
#include <cmath>
#include <string>

#include "app/gui/shell/theme.hpp"
#include "app/gui/timeline/timeline.hpp"
#include "app/gui/timeline/timeline_worker_lane.hpp"
#include "app/gui/shell/widgets.hpp"
#include "app/gui/shell/worker_colors.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

using core::Axis;
using core::MarkerKind;

constexpr float kTickLength = 5.0f;        // px before scaling
constexpr float kWorkerStripe = 4.0f;      // the worker's colour at the left of its name
constexpr float kArrowMinGap = 4.0f;       // hand-offs closer than this draw as one
constexpr float kAlertLine = 2.0f;
constexpr float kMaxLabelShare = 0.4f;     // of the panel's width
constexpr int kMaxTicks = 2000;            // a guard against degenerate ranges
constexpr ImU32 kLabelHover = IM_COL32(255, 255, 255, 30);
constexpr const char* kGrantCue = N_("step");
constexpr const char* kTimeOutCue = N_("time out");
constexpr const char* kAlertTag = N_("deadlock");

// Calls f(t) for every multiple of `step` in [t0, t1].
template <typename F>
void for_each_tick(double t0, double t1, double step, F f) {
    double t = std::ceil(t0 / step) * step;
    for (int n = 0; t <= t1 && n < kMaxTicks; ++n, t += step) f(t);
}

void draw_play(ImDrawList& dl, ImVec2 c, float r, ImU32 col) {
    dl.AddTriangleFilled(ImVec2(c.x - r * 0.7f, c.y - r), ImVec2(c.x - r * 0.7f, c.y + r), ImVec2(c.x + r, c.y), col);
}

const char* view_caption(FollowMode f) {
    switch (f) {
        case FollowMode::Fit: return tr("the whole run");
        case FollowMode::Follow: return tr("following the end");
        case FollowMode::Free: return "";
    }
    return "";
}

}  // namespace

void Timeline::draw_toolbar(const TimelineFeed& feed) {
    // Stable ids (###): the labels change with the language.
    if (ImGui::Button((std::string(tr("Fit all")) + "###fit_all").c_str())) fit();
    ImGui::SetItemTooltip("%s", tr("Show the whole run (or double-click the timeline)."));
    bool follow = follow_ != FollowMode::Free;
    const std::string follow_label = std::string(tr("Follow live")) + "###follow_live";
    same_line_if_fits(checkbox_width(follow_label));
    if (ImGui::Checkbox(follow_label.c_str(), &follow)) set_follow(follow);
    ImGui::SetItemTooltip("%s", tr("While the run is live, keep its end in view."));
    const char* auto_steps = tr("Auto (steps)");
    const char* natural = feed.step_mode ? auto_steps : tr("Auto (time)");
    const char* items[] = {natural, tr("Time"), tr("Steps")};
    int choice = static_cast<int>(axis_choice_);
    const std::string axis_label = std::string(tr("Axis")) + "###axis";
    const float combo_w = ImGui::CalcTextSize(auto_steps).x + ImGui::GetFrameHeight() * 2.0f;
    same_line_if_fits(combo_w + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(tr("Axis")).x);
    ImGui::SetNextItemWidth(combo_w);
    if (ImGui::Combo(axis_label.c_str(), &choice, items, IM_ARRAYSIZE(items)))
        set_axis_choice(static_cast<AxisChoice>(choice));
    ImGui::SetItemTooltip("%s", tr("Wall-clock time (run and slow mode) or steps (step and replay mode)."));
    const double t0 = std::max(0.0, view_.t0);
    const std::string range = axis_ == Axis::Ns
                                  ? format_duration(static_cast<int64_t>(t0), axis_) + " \xE2\x80\x93 " +
                                        format_duration(static_cast<int64_t>(view_.t1), axis_)
                                  : trf("steps {from} – {to}",
                                        {{"from", std::to_string(static_cast<int64_t>(t0))},
                                         {"to", std::to_string(static_cast<int64_t>(std::ceil(view_.t1)))}});
    const char* caption = view_caption(follow_);
    const std::string shown_range = *caption ? trf("{range}, {view}", {{"range", range}, {"view", caption}}) : range;
    same_line_if_fits(ImGui::CalcTextSize(shown_range.c_str()).x);
    text_coloured(colour::kTextMuted, shown_range);
    same_line_if_fits(button_width(tr("Lanes")) + ImGui::GetFontSize() * 4.0f);
    draw_lanes_menu();
    help_marker(tr("Wheel: zoom around the mouse. Shift+wheel: scroll the lanes. Drag: pan. Double-click: fit all. Hover a bar or a marker for details; arrows go from a release to the worker it woke. In step mode, click a worker's name to give it the next step. Right-click a lane's name to pin, collapse or hide it."));
    if (feed.live && feed.step && feed.step->stepping) draw_step_hint(*feed.step);
}

// One line, always there while stepping, so the lanes never jump when it changes.
void Timeline::draw_step_hint(const StepView& step) const {
    if (step.status == core::StepStatus::Waiting)
        text_fitted(colour::kTextMuted, tr("Waiting for a worker in uninstrumented code to come back…"));
    else if (step.status != core::StepStatus::Running)
        text_fitted(colour::kTextMuted, tr("No worker can take another step."));
    else if (step.automatic)
        text_fitted(colour::kTextMuted, tr("Stepping automatically…"));
    else if (!step.quiescent)
        text_fitted(colour::kTextMuted, tr("The granted worker is on its way to its next step…"));
    else if (step.choices.empty())
        text_fitted(colour::kTextMuted, tr("No worker can take a step now."));
    else
        text_fitted(colour::kRunning, tr("Your move: click a worker's name marked ▶ to give it the next step."));
}

void Timeline::draw_axis(ImDrawList& dl, ImVec2 pos, float height) const {
    const float x0 = ctx_.origin.x, x1 = x0 + ctx_.width, bottom = pos.y + height;
    const float pad = timeline_size::kLabelPadding * ctx_.scale, font = ImGui::GetFontSize();
    const float text_y = pos.y + (height - font) * 0.5f;
    dl.AddRectFilled(pos, ImVec2(x1, bottom), colour::kLaneBackground);
    dl.AddText(ImVec2(pos.x + pad, text_y), colour::kTextMuted, axis_ == Axis::Ns ? tr("time") : tr("step"));
    dl.PushClipRect(ImVec2(x0, pos.y), ImVec2(x1, bottom), true);
    const double step = nice_tick_step(ctx_.px_per_unit, timeline_size::kTickMinPx * ctx_.scale);
    const float tick = kTickLength * ctx_.scale;
    for_each_tick(ctx_.t0, ctx_.t1 + step, step, [&](double t) {
        const float x = to_px(ctx_, t);
        dl.AddLine(ImVec2(x, bottom - tick), ImVec2(x, bottom), colour::kTextMuted, ctx_.scale);
        if (axis_ == Axis::Ns) {
            dl.AddText(ImVec2(x + 3.0f * ctx_.scale, text_y), colour::kTextHeading, format_tick(t, step, axis_).c_str());
        } else if (t >= 1.0 && t <= static_cast<double>(ctx_.end)) {  // step k is the column (k-1, k]: its number
            const std::string s = t == static_cast<double>(ctx_.end) ? std::string(tr("now")) : format_tick(t, step, axis_);
            const float w = ImGui::CalcTextSize(s.c_str()).x, cx = to_px(ctx_, t - 0.5);
            dl.AddText(ImVec2(cx - w * 0.5f, text_y), colour::kTextHeading, s.c_str());
        }
    });
    for (double t : alerts_) {  // a tag over the tick labels: the moment matters more
        if (t < ctx_.t0 || t > ctx_.t1) continue;
        const float x = to_px(ctx_, t), w = ImGui::CalcTextSize(tr(kAlertTag)).x + 2.0f * pad;
        dl.AddRectFilled(ImVec2(x - w * 0.5f, pos.y + 1.0f), ImVec2(x + w * 0.5f, bottom - 1.0f), colour::kMarkerAlert,
                         3.0f * ctx_.scale);
        dl.AddText(ImVec2(x - w * 0.5f + pad, text_y), colour::kTextOnBar, tr(kAlertTag));
    }
    dl.PopClipRect();
}

void Timeline::draw_grid(ImDrawList& dl, float y0, float y1) const {
    const float x0 = ctx_.origin.x, x1 = x0 + ctx_.width;
    for (size_t i = 0; i < lanes_.size(); ++i) {
        if (!prepared_[i]) continue;
        const float top = ctx_.origin.y + layout_.top(i);
        dl.AddRectFilled(ImVec2(x0, top), ImVec2(x1, top + layout_.height(i)),
                         i % 2 ? colour::kLaneBackgroundAlt : colour::kLaneBackground);
    }
    const double step = nice_tick_step(ctx_.px_per_unit, timeline_size::kTickMinPx * ctx_.scale);
    for_each_tick(ctx_.t0, ctx_.t1, step, [&](double t) {
        const float x = to_px(ctx_, t);
        dl.AddLine(ImVec2(x, y0), ImVec2(x, y1), colour::kGridLine, ctx_.scale);
    });
}

float Timeline::compute_label_width() const {
    const float pad = timeline_size::kLabelPadding * ui_scale();
    const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
    float w = 0.0f;
    bool workers = false;
    for (const auto& lane : lanes_) {
        const std::string sub = lane->sublabel();
        float lw = ImGui::CalcTextSize(lane->label().c_str()).x;
        if (!sub.empty()) lw += gap + ImGui::CalcTextSize(sub.c_str()).x;
        w = std::max(w, lw);
        workers |= lane->kind() == LaneKind::Worker;
    }
    if (workers) w += gap + ImGui::CalcTextSize(tr(kTimeOutCue)).x + ImGui::GetFontSize();  // room for the grant cue
    w += 2.0f * pad + kWorkerStripe * ui_scale();
    const float most = ImGui::GetContentRegionAvail().x * kMaxLabelShare;
    return std::clamp(w, std::min(timeline_size::kLabelMinWidth * ui_scale(), most), std::max(most, 1.0f));
}

void Timeline::draw_labels(const TimelineFeed& feed, ImDrawList& dl, ImVec2 pos, std::optional<size_t> hovered) const {
    const float scale = ctx_.scale, pad = timeline_size::kLabelPadding * scale, font = ImGui::GetFontSize();
    const float gap = ImGui::GetStyle().ItemInnerSpacing.x, right = pos.x + label_w_;
    dl.PushClipRect(ImVec2(pos.x, ImGui::GetWindowPos().y),
                    ImVec2(right, ImGui::GetWindowPos().y + ImGui::GetWindowSize().y), true);
    for (size_t i = 0; i < lanes_.size(); ++i) {
        if (!prepared_[i]) continue;
        const TimelineLane& lane = *lanes_[i];
        const float y = pos.y + layout_.top(i), h = layout_.height(i);
        const bool is_worker = lane.kind() == LaneKind::Worker;
        const Grantable g = is_worker ? grantable(feed, lane.worker()) : Grantable{};
        const bool hot = hovered == i && g.can;
        dl.AddRectFilled(ImVec2(pos.x, y), ImVec2(right, y + h), i % 2 ? colour::kLaneBackgroundAlt : colour::kLaneBackground);
        if (hot) dl.AddRectFilled(ImVec2(pos.x, y), ImVec2(right, y + h), kLabelHover);
        if (is_worker) dl.AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + kWorkerStripe * scale, y + h), worker_colour(lane.worker()));
        const float ty = y + (std::min(h, ctx_.lane_height) - font) * 0.5f;
        float x = pos.x + kWorkerStripe * scale + pad;
        const std::string name = lane.label(), sub = lane.sublabel();
        dl.AddText(ImVec2(x, ty), colour::kTextHeading, name.c_str());
        x += ImGui::CalcTextSize(name.c_str()).x + gap;
        if (!sub.empty()) dl.AddText(ImVec2(x, ty), colour::kTextMuted, sub.c_str());
        if (!g.can) continue;
        const float r = font * 0.35f, cx = right - pad - r;
        draw_play(dl, ImVec2(cx, ty + font * 0.5f), r, colour::kRunning);
        if (hot) {
            const char* cue = tr(g.time_out ? kTimeOutCue : kGrantCue);
            const float w = ImGui::CalcTextSize(cue).x;
            dl.AddRectFilled(ImVec2(cx - r - gap - w - gap, y), ImVec2(right, y + h), colour::kLaneBackgroundAlt);
            draw_play(dl, ImVec2(cx, ty + font * 0.5f), r, colour::kRunning);
            dl.AddText(ImVec2(cx - r - gap - w, ty), colour::kRunning, cue);
        }
    }
    dl.PopClipRect();
}

void Timeline::draw_label_tooltip(const TimelineFeed& feed, size_t i) const {
    const TimelineLane& lane = *lanes_[i];
    const core::TraceStore& store = *feed.store;
    const Grantable g = lane.kind() == LaneKind::Worker ? grantable(feed, lane.worker()) : Grantable{};
    if (g.can) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (!ImGui::BeginTooltip()) return;
    heading(lane.label());
    if (lane.kind() == LaneKind::Worker) {
        const auto all = store.intervals(lane.worker());
        if (!all.empty()) tooltip_row(tr("now:"), WorkerLane::describe_state(store, all.back().state, all.back().object));
        if (g.can)
            text_coloured(colour::kRunning, g.time_out ? tr("Click: let its timed wait time out (one step).")
                                                       : tr("Click: give it the next step."));
        else if (feed.step && feed.step->stepping)
            text_coloured(colour::kTextMuted, tr("It cannot take a step now."));
    } else if (lane.kind() == LaneKind::Queue) {
        const auto level = store.level_at(lane.object(), store.end(axis_), axis_);
        tooltip_row(trf("{lane}, now:", {{"lane", lane.sublabel()}}),
                    trf("{n} items", {{"n", std::to_string(level.value_or(0))}}));
    } else {
        const auto holders = store.holders_at(lane.object(), store.end(axis_), axis_);
        std::string who;
        for (uint16_t w : holders) who += (who.empty() ? "" : ", ") + std::string(store.worker_name(w));
        tooltip_row(trf("{lane}, now:", {{"lane", lane.sublabel()}}),
                    who.empty() ? std::string(tr("free")) : trf("held by {workers}", {{"workers", who}}));
    }
    ImGui::EndTooltip();
}

void Timeline::draw_handoffs(ImDrawList& dl) const {
    const core::TraceStore& store = *source_.store;
    const bool ns = axis_ == Axis::Ns;
    const float gap = kArrowMinGap * ctx_.scale;
    auto centre = [&](uint16_t w) -> std::optional<float> {
        if (w >= worker_lane_.size() || worker_lane_[w] < 0) return std::nullopt;
        const auto i = static_cast<size_t>(worker_lane_[w]);
        return ctx_.origin.y + layout_.top(i) + layout_.height(i) * 0.5f;
    };
    for (const auto& lane : lanes_) {
        if (lane->kind() != LaneKind::Lock && lane->kind() != LaneKind::Gil) continue;
        const auto hs = store.handoffs(lane->object());
        auto obtain = [ns](const core::HandOff& h) { return static_cast<double>(ns ? h.t_obtain : h.s_obtain); };
        auto first_from = [&](size_t from, double t) {
            return static_cast<size_t>(std::partition_point(hs.begin() + static_cast<std::ptrdiff_t>(from), hs.end(),
                                                            [&](const core::HandOff& h) { return obtain(h) < t; }) -
                                       hs.begin());
        };
        for (size_t i = first_from(0, ctx_.t0); i < hs.size() && obtain(hs[i]) <= ctx_.t1;) {
            const core::HandOff& h = hs[i];
            const auto yf = centre(h.from), yt = centre(h.to);
            const float xo = to_px(ctx_, obtain(h));
            if (yf && yt)
                draw_arrow(dl, ImVec2(to_px(ctx_, static_cast<double>(ns ? h.t_release : h.s_release)), *yf),
                           ImVec2(xo, *yt), ctx_.scale);
            i = std::max(i + 1, first_from(i + 1, from_px(ctx_, xo + gap)));
        }
    }
}

void Timeline::draw_alert_lines(ImDrawList& dl, float y0, float y1) const {
    for (double t : alerts_) {
        if (t < ctx_.t0 || t > ctx_.t1) continue;
        const float x = to_px(ctx_, t);
        dl.AddLine(ImVec2(x, y0), ImVec2(x, y1), colour::kMarkerAlert, kAlertLine * ctx_.scale);
    }
}

// The lesson's moments: a dashed line across the lanes, its name at the top.
void Timeline::draw_marks(ImDrawList& dl, float y0, float y1) const {
    const float dash = 6.0f * ctx_.scale, w = kAlertLine * ctx_.scale;
    for (const Mark& m : marks_) {
        if (m.t < ctx_.t0 || m.t > ctx_.t1) continue;
        const float x = to_px(ctx_, m.t);
        for (float y = y0; y < y1; y += dash * 2.0f) dl.AddLine(ImVec2(x, y), ImVec2(x, std::min(y + dash, y1)), colour::kTextHeading, w);
        const ImVec2 size = ImGui::CalcTextSize(m.label.c_str());
        const float pad = 3.0f * ctx_.scale;
        const bool room_right = x + pad + size.x <= ctx_.origin.x + ctx_.width;  // else the label goes left of it
        const ImVec2 at(room_right ? x + pad : x - pad - size.x, y0 + pad);
        dl.AddRectFilled(ImVec2(at.x - pad, at.y - pad), ImVec2(at.x + size.x + pad, at.y + size.y + pad), colour::kLaneBackgroundAlt);
        dl.AddText(at, colour::kTextHeading, m.label.c_str());
    }
}

}  // namespace il::gui
