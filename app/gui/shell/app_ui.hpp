// app/gui/shell/app_ui.hpp — everything the window draws in one frame: the menu bar,
// the status bar, the dock space with its default layout, the panels, and the
// modals (file dialog, keyboard help, errors, About). Each frame it first
// polls the run (RunSession::poll) and handles the keyboard shortcuts. It
// needs an ImGui context but no GL and no GLFW, so the headless tests drive
// exactly the code the window runs (with ImGui's null backend).
//
// Thread rules: GUI thread only. Construct after ImGui::CreateContext().
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/gui/shell/file_dialog.hpp"
#include "app/gui/shell/help_overlay.hpp"
#include "app/gui/shell/layout.hpp"
#include "app/gui/shell/panels.hpp"
#include "app/gui/shell/settings.hpp"
#include "app/gui/shell/staging.hpp"
#include "app/gui/shell/ui_state.hpp"

namespace il::gui {

struct AppUiOptions {
    std::string initial_demo;  // demo id to select at start; empty: the first in the catalogue
    std::string about;         // version and graphics details for Help > About
    std::optional<StageRequest> stage;  // a run to start at the first frame (staging.hpp)
    // The language was given (--lang, INTERLEAVE_LANG): the saved choice does not override it.
    bool language_given = false;
    bool present = false;  // --present: presentation mode whatever was saved
    bool welcome = false;  // the first-run welcome may show (the window, not screenshots or tests)
};

class AppUi {
public:
    // Registers the "[Interleave]" ini handler (settings.hpp) with the current context.
    explicit AppUi(AppUiOptions options);

    // Applies what must change between frames (a new text size); call before ImGui::NewFrame().
    void prepare_frame();
    // Draws one frame's worth of UI; call between ImGui::NewFrame() and ImGui::Render().
    void draw_frame();
    // True while the window should redraw every frame: a run is moving (not
    // one parked waiting for the learner's next step).
    bool animating() const;
    // True once the staged run (if any) has settled (staging.hpp).
    bool scene_settled() const { return !stage_ || stage_->settled(); }

    // Replaces the dock layout by the selected lesson's at the next frame, and reopens closed panels.
    void reset_layout() { layout_reset_pending_ = true; }
    // Presentation mode: large text and the lesson layout made for a projector.
    bool presenting() const { return presenting_; }
    void set_presenting(bool on);
    // The panel shown over the whole dock space (F11, a double click on its tab), or nullptr.
    const Panel* maximised() const { return maximised_; }
    // What the lesson layout was last built for.
    const Lesson& lesson() const { return built_lesson_; }
    bool quit_requested() const { return quit_requested_; }
    // The window is closing: edits to a program not saved yet are saved (as a
    // Run would), or, when the file cannot be written, kept beside it in the
    // temporary directory; stderr says where. Nothing typed is lost.
    void keep_unsaved_edits();

    UiState& state() { return state_; }
    SavedState& saved() { return saved_; }
    const std::vector<std::unique_ptr<Panel>>& panels() const { return panels_; }

private:
    void draw_menu_bar();
    void draw_file_menu();
    void draw_run_menu();
    void draw_view_menu();
    void draw_language_menu();
    // Shows the window (and the runs it starts) in `lang`, now, and remembers the choice.
    void choose_language(i18n::Lang lang);
    void apply_saved_language();
    void draw_about();
    void draw_error();
    void update_dockspace();
    bool layout_outdated(ImVec2 size, const Lesson& lesson) const;
    void apply_saved_view();
    void draw_panels();
    void toggle_maximised();
    void draw_welcome();
    void carry_out_requests();
    void change_text_size(Command c);

    AppUiOptions options_;
    UiState state_;
    SavedState saved_;
    std::vector<std::unique_ptr<Panel>> panels_;
    FileDialog file_dialog_;
    HelpOverlay help_;
    std::optional<Stage> stage_;
    bool stage_started_ = false;
    std::optional<float> pending_user_scale_;
    bool layout_reset_pending_ = false;
    bool focus_demos_ = false;
    bool about_requested_ = false;
    bool quit_requested_ = false;
    bool saved_language_applied_ = false;
    bool presenting_ = false;
    Lesson built_lesson_;
    ImVec2 built_size_{0.0f, 0.0f};  // the dock space's size when its layout was built; 0: not yet
    Panel* maximised_ = nullptr;
    int tabs_pending_ = 0;  // frames left to bring the lesson's views still to bring to the front of their tab bars
    bool welcome_requested_ = false;
    // A left-column tab (Find a bug, Challenges) to bring to the front, or nullptr; also
    // the one that was in front when the layout is rebuilt, so a new lesson keeps it.
    const char* pending_front_ = nullptr;
};

}  // namespace il::gui
