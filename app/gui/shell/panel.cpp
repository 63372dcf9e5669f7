// app/gui/shell/panel.cpp — the Begin/End frame shared by every panel, docked or
// maximised over the dock space.
#include "app/gui/shell/panels.hpp"

#include "app/gui/shell/widgets.hpp"
#include "imgui_internal.h"  // the docked window's tab rectangle

namespace il::gui {

std::string Panel::shown_title() const {
    const std::string_view title(title_);
    return std::string(i18n::tr(title.substr(0, title.find("###"))));
}

std::string Panel::window_name() const {
    const std::string_view title(title_);
    return shown_title() + std::string(title.substr(title.find("###")));
}

void Panel::draw(UiState& state) {
    if (!open_) return;
    if (ImGui::Begin(window_name().c_str(), &open_)) {
        const ImGuiWindow* w = ImGui::GetCurrentWindow();
        // The tab belongs to the dock node's host window: test it unclipped by this window's area.
        if (w->DockIsActive && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) &&
            ImGui::IsMouseHoveringRect(w->DC.DockTabItemRect.Min, w->DC.DockTabItemRect.Max, false))
            maximise_asked_ = true;
        draw_content(state);
    }
    ImGui::End();  // always paired with Begin, whether or not the window is collapsed
}

void Panel::draw_placeholder() {
    if (!open_) return;
    if (ImGui::Begin(window_name().c_str(), &open_))
        text_muted_wrapped(i18n::tr("Shown over the whole window (F11 puts it back)."));
    ImGui::End();
}

bool Panel::draw_maximised(UiState& state, ImVec2 pos, ImVec2 size, bool fresh) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    bool keep = true;
    const std::string name = shown_title() + "   (" + i18n::tr("F11 or a double click here puts it back") + ")###maximised";
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDocking | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin(name.c_str(), &keep, flags)) {
        const ImRect bar = ImGui::GetCurrentWindow()->TitleBarRect();
        // Not the double click that maximised it (its tab lies under this title bar).
        if (!fresh && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && ImGui::IsMouseHoveringRect(bar.Min, bar.Max, false))
            keep = false;
        draw_content(state);
    }
    ImGui::End();
    return keep;
}

}  // namespace il::gui
