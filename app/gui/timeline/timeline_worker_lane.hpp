// app/gui/timeline/timeline_worker_lane.hpp — a worker's lane: its states as coloured
// bars (running, ready, blocked on an object — named in the bar —, sleeping,
// done, zombie) and its markers (fork, start, exit, print, timeout, deadlock,
// error …) on top.
//
// Thread rules: GUI thread only.
#pragma once

#include <vector>

#include "app/gui/timeline/timeline_lane.hpp"

namespace il::gui {

class WorkerLane final : public TimelineLane {
public:
    WorkerLane(const LaneSource& source, uint16_t worker) : TimelineLane(source), worker_(worker) {}

    LaneKind kind() const override { return LaneKind::Worker; }
    std::string label() const override;
    std::string sublabel() const override;
    void prepare(const TimelineContext& ctx) override;
    void draw(const TimelineContext& ctx, ImDrawList& dl, float y) const override;
    bool tooltip(const TimelineContext& ctx, float y) const override;
    uint16_t worker() const override { return worker_; }
    size_t drawn_items() const override { return runs_.size() + markers_.size(); }

    // The state the lane shows at its right end (the worker's state now).
    core::WorkerState current_state() const;
    std::span<const PixelRun> runs() const { return runs_; }

    // What a bar of state `s` on `object` says: "blocked on lock_b", "running".
    static std::string describe_state(const core::TraceStore& store, core::WorkerState s, uint32_t object);

private:
    double start(size_t i) const;
    double end(size_t i) const;
    core::WorkerState run_state(const PixelRun& run) const;
    void draw_run(const TimelineContext& ctx, ImDrawList& dl, size_t r, float y0, float y1) const;
    void run_tooltip(const TimelineContext& ctx, const PixelRun& run) const;
    void marker_tooltip(const PointHit& hit) const;

    uint16_t worker_;
    std::span<const core::StateInterval> intervals_;  // the whole lane, as of prepare()
    core::Axis axis_ = core::Axis::Ns;
    int64_t end_ = 0;
    std::vector<PixelRun> runs_;
    std::vector<core::WorkerState> run_states_;  // per run: its state, or the dominant one when condensed
    std::vector<PointHit> markers_;
};

}  // namespace il::gui
