// app/gui/source/source_markers.hpp — where each worker is in the demo's source, as
// the Source panel marks it: one marker per worker on the line it is paused
// at, with the operation it is about to perform ("mutexB.acquire()"), whether
// a click may grant it a step now, and if not, why ("blocked: mutexB held by
// Thread-1"). Markers on the same line stack in worker order.
//
// The markers come from the run snapshot (core/observer/snapshot.hpp): for a live (or
// kept) run, each worker's published pending operation; for a trace opened
// from a file, each worker's last state interval (its line and what it was
// blocked on).
//
// Pure logic, no ImGui: tested headless. Thread rules: GUI thread only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/gui/session/run_view.hpp"
#include "core/common/event.hpp"

namespace il::gui {

struct SourceMarker {
    uint16_t worker = core::kNoWorker;
    std::string name;                 // "Thread-2"
    uint32_t line = 0;                // 1-based line in the demo's source; 0: not at a line of it
    std::string op;                   // "mutexB.acquire()" (pending_op.hpp); "" when unknown
    core::WorkerState state = core::WorkerState::New;
    bool grantable = false;           // a click grants it one step now
    bool time_out_only = false;       // a click lets its timed wait expire instead
    std::string why;                  // why a click does nothing now ("" when grantable)
    std::string blocked;              // a blocked worker's short reason, "held by Thread-1" (the op names the lock)
};

// The markers of every worker that is alive, in worker order. A marker's
// line is 0 when the worker is not at a line of the demo's file: its first
// step (begin), an implicit join at exit, or a line above `line_count` (0:
// no limit), which belongs to library code.
std::vector<SourceMarker> source_markers(const RunView& run, uint32_t line_count = 0);

// Markers grouped by line: ascending lines (0, "not at a line", first), each
// with its markers' indices into the input in worker order.
struct MarkerLine {
    uint32_t line = 0;
    std::vector<size_t> markers;
};
std::vector<MarkerLine> stack_by_line(const std::vector<SourceMarker>& markers);

}  // namespace il::gui
