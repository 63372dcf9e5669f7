// app/gui/timeline/timeline_queue_lane.hpp — a queue's lane: how many items it holds
// over time, as a filled step chart whose top is the queue's capacity
// (maxsize); at capacity the fill turns to the "full" colour (producers
// block). Changes closer than the minimum visible width merge into one column
// showing the lowest and highest level among them.
//
// Thread rules: GUI thread only.
#pragma once

#include <vector>

#include "app/gui/timeline/timeline_lane.hpp"

namespace il::gui {

// One drawn column of a level chart: samples [first, last) between x0 and x1.
struct LevelColumn {
    size_t first = 0, last = 0;
    float x0 = 0.0f, x1 = 0.0f;
    int64_t lo = 0, hi = 0, value = 0;  // lowest, highest and final level among them
};

// Level samples (sorted) visible in ctx as columns at least `min_px` wide; a
// sample's level lasts until the next sample (the last one until `end`).
void level_columns(std::span<const core::LevelSample> samples, const TimelineContext& ctx, float min_px,
                   std::vector<LevelColumn>& out);

class QueueLane final : public TimelineLane {
public:
    QueueLane(const LaneSource& source, uint32_t object) : TimelineLane(source), object_(object) {}

    LaneKind kind() const override { return LaneKind::Queue; }
    std::string label() const override;
    std::string sublabel() const override;
    void prepare(const TimelineContext& ctx) override;
    void draw(const TimelineContext& ctx, ImDrawList& dl, float y) const override;
    bool tooltip(const TimelineContext& ctx, float y) const override;
    uint32_t object() const override { return object_; }
    size_t drawn_items() const override { return columns_.size(); }

    // The level drawn at the top of the lane: the capacity, or the highest level seen when unbounded.
    int64_t top_level() const { return top_; }

private:
    uint32_t object_;
    core::Axis axis_ = core::Axis::Ns;
    int64_t top_ = 1;
    size_t top_samples_ = 0;  // samples seen when top_ was computed (unbounded queues)
    std::vector<LevelColumn> columns_;
};

}  // namespace il::gui
