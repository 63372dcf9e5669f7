// app/gui/inspector_panel.cpp — the state of every object of a run. Until a run
// feeds it, it says what it will show.
#include "app/gui/panels.hpp"
#include "app/gui/widgets.hpp"

namespace il::gui {

void InspectorPanel::draw_content(UiState&) {
    empty_state(kNoRunYet,
                "During a run this lists every object and its state: each lock's holder and waiters, each "
                "queue's contents, each event's flag, each thread's ThreadLocal value, and each pool's "
                "tasks and results.");
}

}  // namespace il::gui
