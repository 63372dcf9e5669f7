// app/gui/timeline/timeline_lock_lane.hpp — a lock's lane (Lock, RLock, Semaphore):
// who holds it, as bars named after the holder, in the "held" colour, or in
// the "held while others wait" colour when someone was blocked on it during
// the hold (Tracy's DrawLocks: HasLock vs HasBlockingLock). A semaphore gets
// one row per unit held at once.
//
// Thread rules: GUI thread only.
#pragma once

#include <vector>

#include "app/gui/timeline/timeline_lane.hpp"

namespace il::gui {

class LockLane : public TimelineLane {
public:
    LockLane(const LaneSource& source, uint32_t object) : TimelineLane(source), object_(object) {}

    LaneKind kind() const override { return LaneKind::Lock; }
    std::string label() const override;
    std::string sublabel() const override;
    float height(const TimelineContext& ctx) const override;
    void prepare(const TimelineContext& ctx) override;
    void draw(const TimelineContext& ctx, ImDrawList& dl, float y) const override;
    bool tooltip(const TimelineContext& ctx, float y) const override;
    uint32_t object() const override { return object_; }
    size_t drawn_items() const override;

    // Rows shown: one per hold slot, at least one, at most kMaxRows (further
    // slots share the last row).
    size_t rows() const;
    static constexpr size_t kMaxRows = 6;

protected:
    // Extra lines a subclass adds to the hold tooltip.
    virtual void tooltip_note() const {}

private:
    struct Row {
        size_t slot = 0;
        std::span<const core::HoldInterval> holds;
        std::vector<PixelRun> runs;
        std::vector<uint8_t> contended;  // per run: held while others waited (most of it, when condensed)
    };
    float row_height(const TimelineContext& ctx) const;
    void draw_row(const TimelineContext& ctx, ImDrawList& dl, const Row& row, float y0, float y1) const;
    void hold_tooltip(const TimelineContext& ctx, const Row& row, const PixelRun& run) const;

    uint32_t object_;
    core::Axis axis_ = core::Axis::Ns;
    int64_t end_ = 0;
    std::vector<Row> rows_;
};

}  // namespace il::gui
