// app/gui/timeline_panel.cpp — the timeline: a lane per worker coloured by its
// state, a lane per lock showing its holder, queue and GIL lanes. Until a run
// feeds it, it explains itself and shows the colour key it will use.
#include "app/gui/panels.hpp"
#include "app/gui/theme.hpp"
#include "app/gui/widgets.hpp"

namespace il::gui {

void TimelinePanel::draw_content(UiState&) {
    empty_state(kNoRunYet,
                "During a run every worker gets a lane coloured by its state, every lock a lane showing who "
                "holds it, and queues and the GIL lanes of their own. Zoom with the mouse wheel, pan by "
                "dragging, hover for details; the axis is wall-clock time, or steps in step mode.");
    ImGui::Spacing();
    ImGui::SeparatorText("Worker states");
    legend({{colour::kRunning, "running", "Executing on a CPU."},
            {colour::kReady, "ready", "Could run: waiting for a CPU, or for its turn in step mode."},
            {colour::kBlocked, "blocked", "Waiting for a lock, a queue, an event or a join."},
            {colour::kSleeping, "sleeping", "In sleep(); in step mode a sleep ends when you let it."},
            {colour::kDone, "done", "Finished."}});
    ImGui::SeparatorText("Locks");
    legend({{colour::kHolds, "held", "Owned by one worker; nobody is waiting."},
            {colour::kHoldsContended, "held, others waiting", "Owned by one worker while others wait for it."}});
}

}  // namespace il::gui
