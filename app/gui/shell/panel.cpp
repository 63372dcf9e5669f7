// app/gui/shell/panel.cpp — the Begin/End frame shared by every panel.
#include "app/gui/shell/panels.hpp"

namespace il::gui {

void Panel::draw(UiState& state) {
    if (!open_) return;
    if (ImGui::Begin(title_, &open_)) draw_content(state);
    ImGui::End();  // always paired with Begin, whether or not the window is collapsed
}

}  // namespace il::gui
