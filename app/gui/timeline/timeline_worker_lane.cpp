// app/gui/timeline/timeline_worker_lane.cpp — a worker's states and markers.
#include "app/gui/timeline/timeline_worker_lane.hpp"

#include <string>

#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

using core::MarkerKind;
using core::WorkerState;

// A marker's value, in words, when it has one worth saying.
std::string marker_detail(const core::TraceStore& store, const core::Marker& m) {
    switch (m.kind) {
        case MarkerKind::Exit: return trf("exit code {code}", {{"code", std::to_string(m.value)}});
        case MarkerKind::Fork: return trf("child pid {pid}", {{"pid", std::to_string(m.value)}});
        case MarkerKind::Start: return "pid " + std::to_string(m.value);
        case MarkerKind::Print: case MarkerKind::User: case MarkerKind::Result: {
            std::string t(store.text(m.text));
            while (!t.empty() && t.back() == '\n') t.pop_back();
            return t;
        }
        case MarkerKind::Timeout: return trf("waiting on {object} gave up", {{"object", store.object_name(m.object)}});
        case MarkerKind::Deadlock:
            return store.deadlock_cycle() ? store.describe_cycle(*store.deadlock_cycle()) : tr("a cycle of waits");
        case MarkerKind::Joined: case MarkerKind::Reaped: case MarkerKind::Terminated: case MarkerKind::Orphaned:
            if (m.value >= 0 && m.value < static_cast<int64_t>(store.worker_count()))
                return std::string(store.worker_name(static_cast<uint16_t>(m.value)));
            return {};
        case MarkerKind::Dropped: return trf("{n} events lost (a full ring)", {{"n", std::to_string(m.value)}});
        default: return {};
    }
}

}  // namespace

std::string WorkerLane::label() const { return std::string(store().worker_name(worker_)); }

std::string WorkerLane::sublabel() const {
    const core::WorkerInfo& w = store().worker(worker_);
    if (w.kind == core::WorkerKind::Process && w.pid > 0) return "pid " + std::to_string(w.pid);
    return {};
}

std::string WorkerLane::describe_state(const core::TraceStore& store, WorkerState s, uint32_t object) {
    if (s == WorkerState::Blocked && object != core::kNoObject)
        return trf("blocked on {object}", {{"object", store.object_name(object)}});
    return state_label(s);
}

WorkerState WorkerLane::current_state() const {
    const auto all = store().intervals(worker_);
    return all.empty() ? WorkerState::New : all.back().state;
}

double WorkerLane::start(size_t i) const { return worker_start(intervals_, i, axis_); }
double WorkerLane::end(size_t i) const { return worker_end(intervals_, i, axis_, end_); }

// The state a run shows: its own, or for a condensed run the one covering most of it.
WorkerState WorkerLane::run_state(const PixelRun& run) const {
    if (!run.condensed()) return intervals_[run.first].state;
    return dominant_key(
        run.first, run.last, [this](size_t i) { return intervals_[i].state; }, [this](size_t i) { return start(i); },
        [this](size_t i) { return end(i); });
}

void WorkerLane::prepare(const TimelineContext& ctx) {
    intervals_ = store().intervals(worker_);
    axis_ = ctx.axis;
    end_ = ctx.end;
    merge_subpixel(
        intervals_.size(), [this](size_t i) { return start(i); }, [this](size_t i) { return end(i); }, ctx,
        timeline_size::kMinVisPx * ctx.scale, runs_);
    run_states_.resize(runs_.size());
    for (size_t r = 0; r < runs_.size(); ++r) run_states_[r] = run_state(runs_[r]);  // while the items are in cache
    thin_markers(store().markers(worker_), ctx, markers_);
}

void WorkerLane::draw_run(const TimelineContext& ctx, ImDrawList& dl, size_t r, float y0, float y1) const {
    const PixelRun& run = runs_[r];
    const WorkerState s = run_states_[r];
    const ImU32 fill = state_colour(s);
    draw_bar(dl, run.x0, run.x1, y0, y1, fill, run.condensed());
    if (s == WorkerState::Zombie && !run.condensed()) draw_hatch(dl, ctx, ImVec4(run.x0, y0, run.x1, y1));
    if (run.condensed() || run.x1 - run.x0 < ImGui::GetFontSize() * 2.0f) return;
    const core::StateInterval& iv = intervals_[run.first];
    const std::string text = describe_state(store(), s, iv.object);
    const std::string_view short_text = s == WorkerState::Blocked ? store().object_name(iv.object) : std::string_view{};
    draw_bar_text(dl, ctx, ImVec4(run.x0, y0, run.x1, y1), fill, text, short_text);
}

void WorkerLane::draw(const TimelineContext& ctx, ImDrawList& dl, float y) const {
    const float inset = timeline_size::kBarInset * ctx.scale;
    const float y0 = y + inset, y1 = y + height(ctx) - inset;
    for (size_t r = 0; r < runs_.size(); ++r) draw_run(ctx, dl, r, y0, y1);
    const float r = timeline_size::kMarkerSize * ctx.scale;
    const auto markers = store().markers(worker_);
    // On the bar's top edge: the bar's text, centred, stays readable.
    for (const PointHit& m : markers_) draw_marker(dl, markers[m.shown].kind, ImVec2(m.x, y0 + 1.0f), r);
}

void WorkerLane::run_tooltip(const TimelineContext& ctx, const PixelRun& run) const {
    const double a = start(run.first), b = end(run.last - 1);
    const std::string name = label();
    if (run.condensed()) {
        const WorkerState s = run_state(run);
        heading(trf("{worker}: {n} intervals", {{"worker", name}, {"n", std::to_string(run.count())}}));
        tooltip_row(tr("mostly"), state_label(s));
        text(describe_span(a, b, ctx.axis));
        text_coloured(colour::kTextMuted, tr("Each is narrower than a pixel: zoom in to see them one by one."));
        return;
    }
    const core::StateInterval& iv = intervals_[run.first];
    heading(trf("{name}: {detail}", {{"name", name}, {"detail", describe_state(store(), iv.state, iv.object)}}));
    text(describe_span(a, b, ctx.axis));
    if (iv.state == WorkerState::Ready && iv.object != core::kNoObject)
        tooltip_row(tr("next operation on"), store().object_name(iv.object));
    if (iv.line != 0) {
        tooltip_row(trf("line {line}", {{"line", std::to_string(iv.line)}}), source_line(source().demo_source, iv.line));
    }
    if (iv.merged > 1)
        text_coloured(colour::kTextMuted, trf("Stands for {n} intervals: the trace was coarsened to bound its memory.",
                                              {{"n", std::to_string(iv.merged)}}));
}

void WorkerLane::marker_tooltip(const PointHit& hit) const {
    const auto markers = store().markers(worker_);
    const core::Marker& m = markers[hit.shown];
    heading(trf("{name}: {detail}", {{"name", label()}, {"detail", marker_label(m.kind)}}));
    text(format_instant(axis_ == core::Axis::Ns ? m.t : m.s, axis_));
    if (const std::string d = marker_detail(store(), m); !d.empty()) text_wrapped(d);
    if (m.line != 0)
        tooltip_row(trf("line {line}", {{"line", std::to_string(m.line)}}), source_line(source().demo_source, m.line));
    if (hit.last - hit.first > 1)
        text_coloured(colour::kTextMuted, trf("and {n} more events here: zoom in to see them",
                                              {{"n", std::to_string(hit.last - hit.first - 1)}}));
}

bool WorkerLane::tooltip(const TimelineContext& ctx, float y) const {
    if (ctx.mouse.y < y || ctx.mouse.y >= y + height(ctx)) return false;
    const float r = timeline_size::kMarkerSize * ctx.scale;
    const auto marker = hit_point(markers_, ctx.mouse.x, r);
    const auto run = marker ? std::nullopt : hit_run(runs_, ctx.mouse.x);
    if (!marker && !run) return false;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    if (marker) marker_tooltip(markers_[*marker]);
    else run_tooltip(ctx, runs_[*run]);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    return true;
}

}  // namespace il::gui
