// app/gui/source_panel.cpp — the selected demo's own source, embedded at build
// time. During a run each worker will get a marker at the line it is paused on.
#include "app/gui/panels.hpp"
#include "app/gui/theme.hpp"
#include "app/gui/widgets.hpp"

namespace il::gui {

void SourcePanel::draw_content(UiState& state) {
    const core::DemoInfo* demo = state.selected();
    if (demo == nullptr) {
        empty_state("No demo selected.", "Pick a demo in Demos to read its source here.");
        return;
    }
    const auto source = core::Registry::source(demo->source_file);
    if (demo->source_file.empty() || !source) {
        empty_state("No source for this demo.", "Its source file was not embedded in this build.");
        return;
    }
    text_coloured(colour::kTextMuted, "demos/" + demo->source_file);
    ImGui::SetItemTooltip(
        "The demo's own source, built into this program. During a run, a marker "
        "shows the line each worker is paused on.");
    code_block("source", *source, true, 0.0f);
}

}  // namespace il::gui
