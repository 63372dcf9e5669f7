// app/gui/timeline/timeline_lane.hpp — one horizontal lane of the timeline, and the
// drawing idioms lanes share (bars with text, condensed runs, marker glyphs,
// tooltip rows).
//
// A lane is prepared, then drawn (STYLE.md lesson 13, after Tracy's
// TimelineItem): prepare(ctx) culls its items to the visible range and merges
// the sub-pixel ones into runs (merge_subpixel), draw(ctx, y) paints those
// runs, tooltip(ctx, y) explains what lies under the mouse. Lanes read the
// trace through a LaneSource the timeline owns, so a new run (a new store)
// needs no new lanes, only new data. Implementations, one file each:
// timeline_worker_lane, timeline_lock_lane, timeline_gil_lane, timeline_queue_lane.
//
// Thread rules: GUI thread only; draw() and tooltip() inside an ImGui frame.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "app/gui/timeline/timeline_math.hpp"
#include "core/trace/trace.hpp"
#include "imgui.h"

namespace il::gui {

// What every lane reads, updated by the timeline each frame.
struct LaneSource {
    const core::TraceStore* store = nullptr;
    std::string_view demo_source;  // the demo's own source, for line texts in tooltips (may be empty)
};

enum class LaneKind : uint8_t { Worker, Gil, Lock, Queue, Group };  // Group: lanes folded into one row

class TimelineLane {
public:
    explicit TimelineLane(const LaneSource& source) : source_(source) {}
    virtual ~TimelineLane() = default;
    TimelineLane(const TimelineLane&) = delete;
    TimelineLane& operator=(const TimelineLane&) = delete;

    virtual LaneKind kind() const = 0;
    virtual std::string label() const = 0;                 // the name in the label column
    virtual std::string sublabel() const { return {}; }    // muted, after the name: "Lock", "maxsize 3"
    virtual float height(const TimelineContext& ctx) const { return ctx.lane_height; }
    virtual void prepare(const TimelineContext& ctx) = 0;
    virtual void draw(const TimelineContext& ctx, ImDrawList& dl, float y) const = 0;
    // Opens a tooltip about what lies under ctx.mouse (y: the lane's top); false when nothing does.
    virtual bool tooltip(const TimelineContext& ctx, float y) const = 0;
    virtual uint16_t worker() const { return core::kNoWorker; }
    virtual uint32_t object() const { return core::kNoObject; }
    // Pixel runs drawn at the last prepare (tests, benchmarks).
    virtual size_t drawn_items() const = 0;

protected:
    const core::TraceStore& store() const { return *source_.store; }
    const LaneSource& source() const { return source_; }

private:
    const LaneSource& source_;
};

// --- hit testing (pure) ----------------------------------------------------------
// The run under x, preferring the last one drawn (they may overlap by up to kMinVisPx).
std::optional<size_t> hit_run(std::span<const PixelRun> runs, float x);
// The marker whose centre is within `radius` of x (the nearest).
struct PointHit {
    size_t first = 0, last = 0;  // the markers merged into this glyph
    size_t shown = 0;            // the one drawn (the most important)
    float x = 0.0f;
};
std::optional<size_t> hit_point(std::span<const PointHit> points, float x, float radius);

// --- names and colours -------------------------------------------------------------
ImU32 state_colour(core::WorkerState s);
const char* state_label(core::WorkerState s);  // "running", "not started" …
// core::to_string(s) ("new", "blocked" …) in the user's language.
const char* state_word(core::WorkerState s);
ImU32 marker_colour(core::MarkerKind k);
const char* marker_label(core::MarkerKind k);  // "fork", "start", "timed out" …
int marker_rank(core::MarkerKind k);           // which glyph wins when markers merge (higher)
// Dark text on light fills, light text on dark ones.
ImU32 text_colour_on(ImU32 fill);
// Line `line` (1-based) of `source`, trimmed; empty when out of range.
std::string_view source_line(std::string_view source, uint32_t line);

// --- drawing -----------------------------------------------------------------------
// A bar from x0 to x1 between y0 and y1; a condensed run gets a darker lower band.
void draw_bar(ImDrawList& dl, float x0, float x1, float y0, float y1, ImU32 fill, bool condensed);
// Diagonal stripes over a bar: a zombie, told apart from other light fills without its colour.
void draw_hatch(ImDrawList& dl, const TimelineContext& ctx, ImVec4 bar);
// Text centred in the visible part of a bar, if it fits (else `short_text`, else nothing).
void draw_bar_text(ImDrawList& dl, const TimelineContext& ctx, ImVec4 bar, ImU32 fill, std::string_view text,
                   std::string_view short_text = {});
// The glyph of a marker kind centred at c, `r` pixels from centre to edge.
void draw_marker(ImDrawList& dl, core::MarkerKind k, ImVec2 c, float r);
// A hand-off arrow from a (dot at the release) to b (the head at the obtain).
void draw_arrow(ImDrawList& dl, ImVec2 a, ImVec2 b, float scale);
// Markers of a lane thinned to one glyph per glyph width: first visible one,
// then the first beyond the previous glyph, each found by binary search.
void thin_markers(std::span<const core::Marker> markers, const TimelineContext& ctx, std::vector<PointHit>& out);
// Muted "label" then the value, on one tooltip line.
void tooltip_row(std::string_view label, std::string_view value);
// "from 1.2 ms to 3.4 ms (2.2 ms)" / "steps 3 to 7 (4 steps)".
std::string describe_span(double a, double b, core::Axis axis);

}  // namespace il::gui
