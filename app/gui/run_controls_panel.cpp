// app/gui/run_controls_panel.cpp — run controls. The window cannot start a
// run yet, so the panel says so and gives the command that runs the selected
// demo, with the edited parameters, from a terminal.
#include <string>

#include "app/gui/fonts.hpp"
#include "app/gui/panels.hpp"
#include "app/gui/theme.hpp"
#include "app/gui/widgets.hpp"

namespace il::gui {

namespace {

// The command as a one-line read-only field (selectable, scrollable) with a
// Copy button beside it.
void command_line(const std::string& command) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float copy_w = ImGui::CalcTextSize("Copy").x + style.FramePadding.x * 2.0f;
    ImGui::SetNextItemWidth(-(copy_w + style.ItemSpacing.x));
    ImGui::PushFont(code_font(), 0.0f);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, colour::kCodeBackground);
    // ReadOnly: ImGui never writes through the pointer, so the const_cast is safe.
    ImGui::InputText("##command", const_cast<char*>(command.c_str()), command.size() + 1, ImGuiInputTextFlags_ReadOnly);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SameLine();
    copy_button("copy_command", command);
}

}  // namespace

void RunControlsPanel::draw_content(UiState& state) {
    const core::DemoInfo* demo = state.selected();
    if (demo == nullptr) {
        empty_state("No demo selected.", "Pick a demo in Demos; its run controls appear here.");
        return;
    }
    label_value("Demo:", demo->title);
    empty_state("Runs cannot be started from the window yet.",
                "Run the selected demo, with the parameters set in Demos, from a terminal:");
    command_line(cli_command(*demo, state.params_for(*demo)));
}

}  // namespace il::gui
