// app/gui/shell/layout.hpp — the dock space that fills the window and the default
// arrangement of the panels in it, built with ImGui's DockBuilder the first
// time the window opens (no saved layout), when the saved layout is from an
// older version of the panel set, or when the user asks for a reset.
//
//   +-----------+-------------------------------------+
//   | Demos     | Timeline                            |
//   |           +------------------+------------------+
//   |           | Wait-for graph   | Source           |
//   +-----------+                  |                  |
//   | Run       +------------+-----+------+-----------+
//   | controls  | Console    | Inspector  | Process   |
//   |           |            |            | tree      |
//   +-----------+------------+------------+-----------+
//
// The timeline gets the full width it needs; source code gets the widest of
// the remaining cells; every panel is visible at once, none hidden in a tab.
//
// Thread rules: GUI thread only, inside an ImGui frame.
#pragma once

#include "imgui.h"

namespace il::gui {

// Bump when panels are added, removed or renamed, so that a layout saved by an
// older version is replaced by the new default instead of leaving new panels
// floating.
inline constexpr int kLayoutVersion = 3;  // 3: panels named "Title###id" (translated titles)

// The id of the main dock space (stable across runs: the .ini refers to it).
ImGuiID dockspace_id();

// Builds the default layout into the dock space, replacing whatever was there.
void build_default_layout(ImGuiID dockspace, ImVec2 size);

}  // namespace il::gui
