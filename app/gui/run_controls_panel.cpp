// app/gui/run_controls_panel.cpp — run controls. The window cannot start a
// run yet, so the panel says so and gives the command that runs the selected
// demo, with the edited parameters, from a terminal.
#include "app/gui/panels.hpp"
#include "app/gui/theme.hpp"
#include "app/gui/widgets.hpp"

namespace il::gui {

void RunControlsPanel::draw_content(UiState& state) {
    const core::DemoInfo* demo = state.selected();
    if (demo == nullptr) {
        empty_state("No demo selected.", "Pick a demo in Demos; its run controls appear here.");
        return;
    }
    label_value("Demo:", demo->title);
    ImGui::Spacing();
    empty_state("Runs cannot be started from the window yet.",
                "To run the selected demo with the parameters set in Demos, use the command line:");
    const std::string command = cli_command(*demo, state.params_for(*demo));
    ImGui::Spacing();
    code_block("command", command, false, ImGui::GetTextLineHeightWithSpacing() * 3.0f);
    copy_button("copy_command", command);
}

}  // namespace il::gui
