// app/gui/shell/worker_colors.hpp — one colour per worker, the same in every panel
// (console lines, source markers, wait-for graph nodes, timeline lane labels),
// so a learner follows "the orange one" from panel to panel.
//
// The palette is Paul Tol's "light" scheme (distinct under the common
// colour-vision deficiencies, and bright enough to read as text on the dark
// theme). A worker's colour depends on its index only: worker 0 (MainThread)
// is a neutral pale grey, the next ones take the palette in order and it
// repeats after kWorkerPaletteSize colours. Colour is never the only cue: the
// worker's name is always written next to it.
//
// A worker's *state* colour is another matter: timeline_lane.hpp's
// state_colour() maps WorkerState to the theme's state colours for every panel.
//
// Thread rules: none (pure).
#pragma once

#include <cstddef>
#include <cstdint>

#include "imgui.h"

namespace il::gui {

inline constexpr size_t kWorkerPaletteSize = 8;

// The colour of worker `worker` (kNoWorker: the muted text colour).
ImU32 worker_colour(uint16_t worker);

// The same colour at `alpha` (0..255), for fills behind text.
ImU32 worker_colour(uint16_t worker, uint8_t alpha);

}  // namespace il::gui
