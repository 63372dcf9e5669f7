// app/gui/console_panel.cpp — what the workers of a run print, coloured by
// worker. Until a run feeds it, it says what will appear.
#include "app/gui/panels.hpp"
#include "app/gui/widgets.hpp"

namespace il::gui {

void ConsolePanel::draw_content(UiState&) {
    empty_state(kNoRunYet,
                "What the workers of a run print appears here, in order, each line coloured by the worker "
                "that printed it and prefixed with its name (Thread-1, Process-2, ...).");
}

}  // namespace il::gui
