// app/gui/app_ui.hpp — everything the window draws in one frame: the menu bar,
// the dock space with its default layout, and the panels. It needs an ImGui
// context but no GL and no GLFW, so the headless tests drive exactly the code
// the window runs (with ImGui's null backend).
//
// Thread rules: GUI thread only. Construct after ImGui::CreateContext().
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/gui/panels.hpp"
#include "app/gui/settings.hpp"
#include "app/gui/ui_state.hpp"

namespace il::gui {

struct AppUiOptions {
    std::string initial_demo;  // demo id to select at start; empty: the first in the catalogue
    std::string about;         // version and graphics details for Help > About
};

class AppUi {
public:
    // Registers the "[Interleave]" ini handler (settings.hpp) with the current context.
    explicit AppUi(AppUiOptions options);

    // Draws one frame's worth of UI; call between ImGui::NewFrame() and ImGui::Render().
    void draw_frame();

    // Replaces the dock layout by the default one at the next frame, and reopens closed panels.
    void reset_layout() { layout_reset_pending_ = true; }
    bool quit_requested() const { return quit_requested_; }

    UiState& state() { return state_; }
    SavedState& saved() { return saved_; }
    const std::vector<std::unique_ptr<Panel>>& panels() const { return panels_; }

private:
    void draw_menu_bar();
    void draw_about();
    void update_dockspace();

    AppUiOptions options_;
    UiState state_;
    SavedState saved_;
    std::vector<std::unique_ptr<Panel>> panels_;
    bool layout_reset_pending_ = false;
    bool focus_demos_ = false;
    bool about_requested_ = false;
    bool quit_requested_ = false;
};

}  // namespace il::gui
