// app/gui/controls/param_editor.hpp — widgets for a demo's parameters, built from its
// ParamSpec schema: sliders for numbers (ranges enforced, also when a value is
// typed in), checkboxes for flags, combos for choices. Every edit goes through
// core::Params::set, the same validation the command line uses.
//
// Thread rules: GUI thread only, inside an ImGui frame.
#pragma once

#include <vector>

#include "core/runtime/registry.hpp"

namespace il::gui {

// Draws one row per parameter; returns true when a value changed this frame.
bool draw_param_editor(const std::vector<core::ParamSpec>& schema, core::Params& params);

}  // namespace il::gui
