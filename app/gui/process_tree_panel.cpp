// app/gui/process_tree_panel.cpp — the processes of a run as a tree. Until a
// run feeds it, it says what it will show.
#include "app/gui/panels.hpp"
#include "app/gui/widgets.hpp"

namespace il::gui {

void ProcessTreePanel::draw_content(UiState&) {
    empty_state(kNoRunYet,
                "During a run this shows the run's processes as a tree, with pid and ppid, and whether each "
                "is running, a zombie (exited, not yet waited for), an orphan (its parent exited first) or "
                "reaped.");
}

}  // namespace il::gui
