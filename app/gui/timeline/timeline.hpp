// app/gui/timeline/timeline.hpp — the timeline's body: a toolbar (fit all, follow
// live, axis), the legend, a time or step axis, and the lanes — one per
// worker, the GIL, one per lock, one per queue — with hand-off arrows from a
// release to the worker it woke and a red line where a deadlock closed.
//
// Wheel zooms around the cursor (Shift+wheel scrolls the lanes), dragging
// pans, a double click fits everything. While a run is live the view follows
// its end (fit all keeps the whole run in view; after a zoom the span is kept
// and the right edge follows; a pan stops following). In step mode a click on
// a worker's name grants that worker the next step: the learner plays the
// scheduler.
//
// The view state (range, axis, follow) lives here; the trace is read through
// a TimelineFeed each frame, so tests and the benchmark drive exactly what the
// panel draws, with a TraceStore of their own and no run.
//
// Thread rules: GUI thread only; draw() inside an ImGui window.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/gui/session/run_session.hpp"
#include "app/gui/timeline/timeline_lane.hpp"
#include "app/gui/timeline/timeline_math.hpp"

namespace il::gui {

// What one frame of the timeline draws from, and how it acts back.
struct TimelineFeed {
    const core::TraceStore* store = nullptr;
    bool live = false;       // the run is going: follow live applies
    bool step_mode = false;  // stepped or replayed: the natural axis is steps
    const StepView* step = nullptr;  // stepping state; nullptr: nothing can be granted
    std::function<void(uint16_t worker, bool time_out)> grant;  // give `worker` the next step
    std::string_view demo_source;    // for source lines in tooltips
    std::vector<std::string> focus_lanes;  // the lesson's lanes, shown first (layout.hpp, lane_rank)
    std::vector<std::string> focus_marks;  // the lesson's moments (step_point names), drawn across the lanes
};

enum class AxisChoice : uint8_t { Auto, Time, Steps };
enum class FollowMode : uint8_t {
    Fit,     // the whole run, growing with it
    Follow,  // the current span, its right edge at the run's end
    Free,    // where the user put it
};

class Timeline {
public:
    Timeline();
    ~Timeline();
    Timeline(const Timeline&) = delete;
    Timeline& operator=(const Timeline&) = delete;

    // Draws into the current window's remaining content region.
    void draw(const TimelineFeed& feed);

    // The colour and marker key (also shown by the panel before any run).
    void draw_legend() const;

    // --- view state (the toolbar's actions; tests) ----------------------------------
    ViewRange view() const { return view_; }
    void set_view(ViewRange v);  // stops following
    void fit() { follow_ = FollowMode::Fit; }
    FollowMode follow() const { return follow_; }
    void set_follow(bool on);
    core::Axis axis() const { return axis_; }
    AxisChoice axis_choice() const { return axis_choice_; }
    void set_axis_choice(AxisChoice c);

    // --- which lanes, in which order (timeline_lanes.cpp) --------------------------------
    // By label. Pinned lanes come first (in pin order), then the lesson's, then
    // the rest; hidden ones are left out; collapsed ones are a thin strip. A
    // pool's and an executor's internal threads (kWorkerInternal) are one
    // group, collapsed into a single "internal threads" row until shown.
    void toggle_pinned(const std::string& lane);
    void toggle_hidden(const std::string& lane);
    void toggle_collapsed(const std::string& lane);
    void show_all_lanes();
    void set_show_internals(bool on);
    bool show_internals() const { return show_internals_; }
    size_t hidden_lanes() const { return hidden_.size() + (show_internals_ ? 0 : internal_count_); }

    // --- what the last frame drew (tests, benchmarks) ----------------------------------
    size_t lane_count() const { return lanes_.size(); }
    const TimelineLane& lane(size_t i) const { return *lanes_[i]; }
    const TimelineContext& context() const { return ctx_; }
    const LaneLayout& layout() const { return layout_; }
    float label_width() const { return label_w_; }
    size_t drawn_items() const;
    size_t mark_count() const { return marks_.size(); }  // the lesson's moments found in the run

private:
    struct Signature {
        const core::TraceStore* store = nullptr;
        size_t workers = 0, objects = 0, known = 0;
        bool operator==(const Signature&) const = default;
    };
    struct Grantable {
        bool can = false, time_out = false;
    };
    // timeline.cpp: state, input, the lanes area
    void sync(const TimelineFeed& feed);
    void rebuild_lanes(const core::TraceStore& store);
    void update_view(const TimelineFeed& feed);
    void draw_lanes_area(const TimelineFeed& feed);
    void handle_canvas_input(const TimelineFeed& feed);
    void handle_label_input(const TimelineFeed& feed, bool clicked);
    void prepare_lanes(float clip_top, float clip_bottom);
    void fit_lane_height(float available);
    // timeline_lanes.cpp: the learner's lane choices
    void order_lanes(const core::TraceStore& store);
    TimelineContext lane_ctx(size_t lane) const;  // ctx_, thinner for a collapsed lane
    void draw_lanes_menu();
    void draw_label_menu();
    void relayout() { signature_ = {}; }  // rebuild the lanes at the next frame
    Grantable grantable(const TimelineFeed& feed, uint16_t worker) const;
    // timeline_chrome.cpp: toolbar, legend, axis, labels, overlays
    void draw_toolbar(const TimelineFeed& feed);
    void draw_step_hint(const StepView& step) const;
    void draw_axis(ImDrawList& dl, ImVec2 pos, float height) const;
    void draw_grid(ImDrawList& dl, float y0, float y1) const;
    void draw_labels(const TimelineFeed& feed, ImDrawList& dl, ImVec2 pos, std::optional<size_t> hovered) const;
    void draw_label_tooltip(const TimelineFeed& feed, size_t lane) const;
    void draw_handoffs(ImDrawList& dl) const;
    void draw_alert_lines(ImDrawList& dl, float y0, float y1) const;
    void collect_alerts(const core::TraceStore& store, const std::vector<std::string>& marks);
    void draw_marks(ImDrawList& dl, float y0, float y1) const;
    float compute_label_width() const;

    LaneSource source_;
    std::vector<std::unique_ptr<TimelineLane>> lanes_;
    std::vector<int> worker_lane_;  // worker index → lane index, -1 when it has none
    std::vector<std::string> focus_lanes_;  // the lesson's lanes the order was built for
    std::vector<std::string> pinned_;       // in pin order
    std::vector<std::string> hidden_, collapsed_;
    bool show_internals_ = false;
    size_t internal_count_ = 0;             // internal threads in the run (shown or not)
    std::string menu_lane_;                 // the lane whose label was right-clicked
    Signature signature_;
    uint64_t events_seen_ = 0;
    std::vector<double> alerts_;   // deadlock / stuck times on the current axis
    struct Mark {
        double t = 0;
        std::string label;
    };
    std::vector<Mark> marks_;      // the lesson's moments on the current axis
    uint64_t alerts_events_ = ~0ull;
    core::Axis alerts_axis_ = core::Axis::Ns;

    ViewRange view_;
    FollowMode follow_ = FollowMode::Fit;
    AxisChoice axis_choice_ = AxisChoice::Auto;
    core::Axis axis_ = core::Axis::Ns;
    TimelineContext ctx_;
    LaneLayout layout_;
    float label_w_ = 0.0f;
    float scroll_y_ = 0.0f;
    std::vector<uint8_t> prepared_;  // per lane: prepared this frame (vertically visible)
};

}  // namespace il::gui
