// app/gui/timeline/timeline.cpp — the timeline's state, input and lanes area (the
// toolbar, legend, axis, labels and overlays are in timeline_chrome.cpp).
#include "app/gui/timeline/timeline.hpp"

#include <algorithm>
#include <string>

#include "app/gui/shell/layout.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/timeline/timeline_gil_lane.hpp"
#include "app/gui/timeline/timeline_lock_lane.hpp"
#include "app/gui/timeline/timeline_queue_lane.hpp"
#include "app/gui/timeline/timeline_worker_lane.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;

namespace {

using core::Axis;
using core::ObjectKind;

constexpr float kMinCanvasWidth = 60.0f;  // px before scaling
constexpr float kScrollLanes = 2.0f;      // lanes scrolled per wheel notch
constexpr float kFoldLegendBelowLines = 10.0f;  // panel height (text lines) under which the legend folds

bool is_lock(ObjectKind k) {
    return k == ObjectKind::Lock || k == ObjectKind::RLock || k == ObjectKind::Semaphore ||
           k == ObjectKind::BoundedSemaphore;
}

size_t known_objects(const core::TraceStore& store) {
    size_t n = 0;
    for (uint32_t o = 0; o < store.object_count(); ++o) n += store.object(o).known ? 1 : 0;
    return n;
}

}  // namespace

Timeline::Timeline() = default;
Timeline::~Timeline() = default;

void Timeline::set_view(ViewRange v) {
    view_ = v;
    follow_ = FollowMode::Free;
}

void Timeline::set_follow(bool on) {
    if (!on) follow_ = FollowMode::Free;
    else if (follow_ == FollowMode::Free) follow_ = FollowMode::Follow;
}

void Timeline::set_axis_choice(AxisChoice c) {
    if (c == axis_choice_) return;
    axis_choice_ = c;
    follow_ = FollowMode::Fit;  // ranges on the two axes are not comparable
}

size_t Timeline::drawn_items() const {
    size_t n = 0;
    for (size_t i = 0; i < lanes_.size(); ++i)
        if (i < prepared_.size() && prepared_[i]) n += lanes_[i]->drawn_items();
    return n;
}

void Timeline::draw(const TimelineFeed& feed) {
    if (feed.store == nullptr) return;
    sync(feed);
    draw_toolbar(feed);
    // A short panel (a projector's text size, a small window) keeps its height
    // for the lanes: the legend folds into a tree node the learner can open.
    if (ImGui::GetContentRegionAvail().y < kFoldLegendBelowLines * ImGui::GetTextLineHeightWithSpacing()) {
        if (ImGui::TreeNodeEx((std::string(tr("Legend")) + "###legend").c_str(), ImGuiTreeNodeFlags_NoTreePushOnOpen))
            draw_legend();
    } else {
        draw_legend();
    }
    if (lanes_.empty()) {
        ImGui::Spacing();
        text_muted_wrapped(tr("Waiting for the run's first events…"));
        return;
    }
    draw_lanes_area(feed);
}

// Notices a new run and changed tables, picks the axis, moves the view.
void Timeline::sync(const TimelineFeed& feed) {
    const core::TraceStore& store = *feed.store;
    source_.store = &store;
    source_.demo_source = feed.demo_source;
    const uint64_t events = store.counts().events;
    const bool new_run = signature_.store != &store || events < events_seen_;
    events_seen_ = events;
    if (new_run) follow_ = FollowMode::Fit;
    const Signature sig{&store, store.worker_count(), store.object_count(), known_objects(store)};
    const bool new_focus = feed.focus_lanes != focus_lanes_;
    if (new_focus) focus_lanes_ = feed.focus_lanes;
    if (new_run || new_focus || !(sig == signature_)) {
        rebuild_lanes(store);
        signature_ = sig;
        alerts_events_ = ~0ull;
    }
    const Axis natural = feed.step_mode ? Axis::Step : Axis::Ns;
    const Axis a = axis_choice_ == AxisChoice::Auto ? natural
                   : axis_choice_ == AxisChoice::Time ? Axis::Ns
                                                       : Axis::Step;
    if (a != axis_) {
        axis_ = a;
        follow_ = FollowMode::Fit;
    }
    collect_alerts(store, feed.focus_marks);
    update_view(feed);
}

// Workers first (in index order), then the GIL, the locks, the queues.
void Timeline::rebuild_lanes(const core::TraceStore& store) {
    lanes_.clear();
    worker_lane_.assign(store.worker_count(), -1);
    for (size_t w = 0; w < store.worker_count(); ++w) {
        const auto wi = static_cast<uint16_t>(w);
        if (!store.worker(wi).known && store.intervals(wi).empty()) continue;
        worker_lane_[w] = static_cast<int>(lanes_.size());
        lanes_.push_back(std::make_unique<WorkerLane>(source_, wi));
    }
    for (uint32_t o = 0; o < store.object_count(); ++o)
        if (store.object(o).kind == ObjectKind::Gil) lanes_.push_back(std::make_unique<GilLane>(source_, o));
    for (uint32_t o = 0; o < store.object_count(); ++o)
        if (is_lock(store.object(o).kind)) lanes_.push_back(std::make_unique<LockLane>(source_, o));
    for (uint32_t o = 0; o < store.object_count(); ++o)
        if (store.object(o).kind == ObjectKind::Queue) lanes_.push_back(std::make_unique<QueueLane>(source_, o));
    order_lanes(store);
    worker_lane_.assign(store.worker_count(), -1);
    for (size_t i = 0; i < lanes_.size(); ++i)
        if (lanes_[i]->worker() != core::kNoWorker) worker_lane_[lanes_[i]->worker()] = static_cast<int>(i);
    prepared_.assign(lanes_.size(), 0);
}

void Timeline::update_view(const TimelineFeed& feed) {
    const int64_t end = axis_end(*feed.store, axis_);
    switch (follow_) {
        case FollowMode::Fit: view_ = fit_all(end, axis_); break;
        case FollowMode::Follow:
            if (feed.live) view_ = follow_end(view_, end, axis_);
            break;
        case FollowMode::Free: break;
    }
}

// Lanes shrink to fit the panel's height, down to a legible minimum (a line
// of text with a little room); below that the lanes scroll. A projector's
// short Timeline panel then still shows every worker of a small demo.
void Timeline::fit_lane_height(float available) {
    if (lanes_.empty() || available <= 0.0f) return;
    const float natural = ctx_.lane_height;
    float total = 0.0f;
    for (size_t i = 0; i < lanes_.size(); ++i) total += lanes_[i]->height(lane_ctx(i)) + timeline_size::kLaneGap * ctx_.scale;
    if (total <= available) return;
    const float legible = ImGui::GetFontSize() + 6.0f * ctx_.scale;
    ctx_.lane_height = std::max(legible, natural * available / total);
}

Timeline::Grantable Timeline::grantable(const TimelineFeed& feed, uint16_t worker) const {
    Grantable g;
    if (!feed.step || !feed.grant || !feed.step->stepping || !feed.step->quiescent || feed.step->automatic ||
        feed.step->status != core::StepStatus::Running)
        return g;
    for (const core::Choice& c : feed.step->choices) {
        if (c.worker != worker) continue;
        if (c.grant == core::Grant::Proceed) return {true, false};
        g = {true, true};  // only a time-out is possible (a timed wait that cannot proceed)
    }
    return g;
}

void Timeline::draw_lanes_area(const TimelineFeed& feed) {
    const float scale = ui_scale();
    label_w_ = compute_label_width();
    const float axis_h = ImGui::GetTextLineHeight() + 10.0f * scale;
    const ImVec2 header = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, axis_h));
    if (ImGui::BeginChild("##lanes", ImVec2(0.0f, 0.0f), ImGuiChildFlags_None,
                          ImGuiWindowFlags_NoScrollWithMouse)) {
        const ImVec2 cursor = ImGui::GetCursorScreenPos();
        const float top_margin = timeline_size::kMarkerSize * scale;  // room for the first lane's markers
        const ImVec2 origin(cursor.x, cursor.y + top_margin);         // the first lane's top left
        const float width = std::max(ImGui::GetContentRegionAvail().x - label_w_, kMinCanvasWidth * scale);
        ctx_ = make_context(ImVec2(origin.x + label_w_, origin.y), width, view_.t0, view_.t1, axis_, scale);
        fit_lane_height(ImGui::GetContentRegionAvail().y - top_margin);
        layout_ = LaneLayout(timeline_size::kLaneGap * scale);
        for (size_t i = 0; i < lanes_.size(); ++i) layout_.add(lanes_[i]->height(lane_ctx(i)));
        const float canvas_h = std::max(layout_.total() + top_margin, ImGui::GetContentRegionAvail().y);
        const bool label_clicked = ImGui::InvisibleButton("##labels", ImVec2(label_w_, canvas_h));
        handle_label_input(feed, label_clicked);
        const bool labels_hovered = ImGui::IsItemHovered();
        ImGui::SameLine(0.0f, 0.0f);
        ImGui::InvisibleButton("##canvas", ImVec2(width, canvas_h),
                               ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
        handle_canvas_input(feed);
        const float lane_h = ctx_.lane_height;
        ctx_ = make_context(ctx_.origin, width, view_.t0, view_.t1, axis_, scale);  // after zoom / pan
        ctx_.lane_height = lane_h;
        ctx_.end = axis_end(*feed.store, axis_);
        ctx_.mouse = ImGui::GetIO().MousePos;
        ctx_.hovered = ImGui::IsItemHovered();
        const ImVec2 clip_min = ImGui::GetWindowPos();
        const ImVec2 clip_max(clip_min.x + ImGui::GetWindowSize().x, clip_min.y + ImGui::GetWindowSize().y);
        prepare_lanes(clip_min.y, clip_max.y);

        ImDrawList& dl = *ImGui::GetWindowDrawList();
        dl.PushClipRect(ImVec2(ctx_.origin.x, clip_min.y), ImVec2(ctx_.origin.x + width, clip_max.y), true);
        draw_grid(dl, clip_min.y, clip_max.y);
        for (size_t i = 0; i < lanes_.size(); ++i)
            if (prepared_[i]) lanes_[i]->draw(lane_ctx(i), dl, origin.y + layout_.top(i));
        draw_alert_lines(dl, clip_min.y, clip_max.y);
        draw_marks(dl, clip_min.y, clip_max.y);
        draw_handoffs(dl);
        dl.PopClipRect();

        std::optional<size_t> hovered_label;
        if (labels_hovered) hovered_label = layout_.lane_at(ctx_.mouse.y - origin.y);
        draw_labels(feed, dl, origin, hovered_label);
        if (hovered_label) draw_label_tooltip(feed, *hovered_label);
        if (hovered_label && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
            menu_lane_ = lanes_[*hovered_label]->label();
            ImGui::OpenPopup("##lane_menu");
        }
        draw_label_menu();
        if (ctx_.hovered && !ImGui::IsMouseDragging(ImGuiMouseButton_Left) &&
            !ImGui::IsMouseDragging(ImGuiMouseButton_Right))
            if (const auto i = layout_.lane_at(ctx_.mouse.y - origin.y))
                lanes_[*i]->tooltip(lane_ctx(*i), origin.y + layout_.top(*i));
    }
    ImGui::EndChild();
    draw_axis(*ImGui::GetWindowDrawList(), header, axis_h);
}

void Timeline::prepare_lanes(float clip_top, float clip_bottom) {
    prepared_.assign(lanes_.size(), 0);
    for (size_t i = 0; i < lanes_.size(); ++i) {
        const float top = ctx_.origin.y + layout_.top(i);
        if (top > clip_bottom || top + layout_.height(i) < clip_top) continue;  // scrolled out of sight
        lanes_[i]->prepare(lane_ctx(i));
        prepared_[i] = 1;
    }
}

// Wheel: zoom around the mouse (Shift: scroll the lanes); drag: pan; double click: fit.
void Timeline::handle_canvas_input(const TimelineFeed& feed) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelY);
    ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelX);
    const bool hovered = ImGui::IsItemHovered();
    if (hovered && io.MouseWheel != 0.0f && io.KeyShift) {
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseWheel * ctx_.lane_height * kScrollLanes);
    } else if (hovered && io.MouseWheel != 0.0f) {
        const bool keep_following = feed.live && follow_ != FollowMode::Free;
        const double anchor = keep_following ? view_.t1 : from_px(ctx_, io.MousePos.x);
        view_ = zoom_around(view_, anchor, wheel_zoom_factor(io.MouseWheel), min_span(axis_),
                            max_span(axis_, axis_end(*feed.store, axis_)));
        follow_ = keep_following ? FollowMode::Follow : FollowMode::Free;
    }
    if (hovered && io.MouseWheelH != 0.0f) {
        view_ = pan_by_px(view_, io.MouseWheelH * ctx_.lane_height * kScrollLanes, ctx_.px_per_unit);
        follow_ = FollowMode::Free;
    }
    if (ImGui::IsItemActive() && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f) &&
        (ImGui::IsMouseDragging(ImGuiMouseButton_Left) || ImGui::IsMouseDragging(ImGuiMouseButton_Right))) {
        if (io.MouseDelta.x != 0.0f) {
            view_ = pan_by_px(view_, io.MouseDelta.x, ctx_.px_per_unit);
            follow_ = FollowMode::Free;
        }
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    }
    if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) follow_ = FollowMode::Fit;
}

// Wheel over the names scrolls; a click on a worker's name may grant it a step.
void Timeline::handle_label_input(const TimelineFeed& feed, bool clicked) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelY);
    if (ImGui::IsItemHovered() && io.MouseWheel != 0.0f)
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseWheel * ctx_.lane_height * kScrollLanes);
    if (!clicked) return;
    const auto lane = layout_.lane_at(io.MousePos.y - ctx_.origin.y);
    if (lane && lanes_[*lane]->kind() == LaneKind::Group) return set_show_internals(true);
    if (!lane || lanes_[*lane]->kind() != LaneKind::Worker) return;
    const uint16_t w = lanes_[*lane]->worker();
    if (const Grantable g = grantable(feed, w); g.can) feed.grant(w, g.time_out);
}

// Deadlock and stuck moments (a red line), and the lesson's marks: the
// step_point()s it names (a labelled line).
void Timeline::collect_alerts(const core::TraceStore& store, const std::vector<std::string>& marks) {
    if (store.counts().events == alerts_events_ && axis_ == alerts_axis_) return;
    alerts_events_ = store.counts().events;
    alerts_axis_ = axis_;
    alerts_.clear();
    marks_.clear();
    auto scan = [&](std::span<const core::Marker> markers) {
        for (const core::Marker& m : markers) {
            if (m.kind == core::MarkerKind::Deadlock || m.kind == core::MarkerKind::Stuck)
                alerts_.push_back(marker_pos(m, axis_));
            if (m.kind == core::MarkerKind::User && !marks.empty() && m.text != core::kNoText) {
                const std::string text(store.text(m.text));
                if (std::find(marks.begin(), marks.end(), text) != marks.end())
                    marks_.push_back({marker_pos(m, axis_), text});
            }
        }
    };
    scan(store.markers(core::kNoWorker));
    for (size_t w = 0; w < store.worker_count(); ++w) scan(store.markers(static_cast<uint16_t>(w)));
    std::sort(alerts_.begin(), alerts_.end());
    alerts_.erase(std::unique(alerts_.begin(), alerts_.end()), alerts_.end());
}

}  // namespace il::gui
