// app/gui/wait_graph_panel.cpp — the wait-for graph: workers and objects, hold
// and wait edges, a deadlock cycle in red. Until a run feeds it, it explains
// itself and shows its colour key.
#include "app/gui/panels.hpp"
#include "app/gui/theme.hpp"
#include "app/gui/widgets.hpp"

namespace il::gui {

void WaitGraphPanel::draw_content(UiState&) {
    empty_state(kNoRunYet,
                "During a run this graph shows every worker and every lock, queue or event it holds or waits "
                "for. When waits close a cycle, nobody in it can move again: that is a deadlock, and the "
                "cycle is drawn in red the moment it forms.");
    ImGui::Spacing();
    ImGui::SeparatorText("Edges");
    legend({{colour::kHolds, "holds", "An edge from an object to the worker that holds it."},
            {colour::kWaits, "waits for", "An edge from a worker to the object it waits for."},
            {colour::kDeadlockCycle, "deadlock cycle", "Workers each waiting for the next: none can move."}});
}

}  // namespace il::gui
