// app/gui/shell/status_bar.hpp — the bar along the bottom of the window: the run's
// mode, its time or step count, workers alive, events, drops and outcome
// (coloured: red for a deadlock or a crash), and the last file action.
//
// Thread rules: GUI thread only, inside an ImGui frame. Draw it before the
// dock space, which then fills the space left above it.
#pragma once

#include <cstdint>
#include <string>

#include "app/gui/shell/ui_state.hpp"

namespace il::gui {

void draw_status_bar(const UiState& state);

// The "N dropped" field's tooltip: what the count is, and (when it is not 0)
// core::dropped_events_hint for the run's mode. Exposed for the tests.
std::string dropped_tooltip(uint64_t dropped, core::DirectorMode mode);
// True when dropped events are an alarm (the field in warning colour): in step
// and replay mode, where every operation waited for the observer and a view
// now misses what it should show. In run and slow mode the workers may outrun
// the observer by design; the field stays muted and its tooltip explains.
bool dropped_is_alarm(uint64_t dropped, core::DirectorMode mode);

}  // namespace il::gui
