// app/gui/shell/fonts.hpp — the two fonts of the window: a proportional one for the
// UI and prose, a monospaced one for code. Both come from DejaVu (Debian's
// fonts-dejavu-core, installed by scripts/setup.sh) when it is on the system,
// since it covers the punctuation and arrows the demo texts use (— → …);
// otherwise both fall back to ImGui's embedded scalable font (Latin-1 only).
// Fonts are scalable (ImGui 1.92 dynamic fonts), so the UI scale and the
// monitor DPI never blur them.
//
// Thread rules: GUI thread only; load_fonts() once, after CreateContext().
#pragma once

#include "imgui.h"

namespace il::gui {

void load_fonts();

// The monospaced font for code blocks (never null after load_fonts()).
ImFont* code_font();

}  // namespace il::gui
