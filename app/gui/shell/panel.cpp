// app/gui/shell/panel.cpp — the Begin/End frame shared by every panel.
#include "app/gui/shell/panels.hpp"

namespace il::gui {

std::string Panel::shown_title() const {
    const std::string_view title(title_);
    return std::string(i18n::tr(title.substr(0, title.find("###"))));
}

void Panel::draw(UiState& state) {
    if (!open_) return;
    const std::string_view title(title_);
    const std::string name = shown_title() + std::string(title.substr(title.find("###")));
    if (ImGui::Begin(name.c_str(), &open_)) draw_content(state);
    ImGui::End();  // always paired with Begin, whether or not the window is collapsed
}

}  // namespace il::gui
