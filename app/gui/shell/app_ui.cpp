// app/gui/shell/app_ui.cpp — the frame: run polling, shortcuts, menu bar, status
// bar, dock space, panels, and the modals.
#include "app/gui/shell/app_ui.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/shortcuts.hpp"
#include "app/gui/shell/status_bar.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "imgui_internal.h"  // MarkIniSettingsDirty

namespace il::gui {

namespace {

constexpr const char* kAboutPopup = "###about";  // the title before it is in the user's language
constexpr const char* kErrorPopup = "###error";
constexpr float kModalWidthEm = 34.0f;

}  // namespace

AppUi::AppUi(AppUiOptions options) : options_(std::move(options)) {
    panels_.push_back(std::make_unique<DemosPanel>());
    panels_.push_back(std::make_unique<RunControlsPanel>());
    panels_.push_back(std::make_unique<TimelinePanel>());
    panels_.push_back(std::make_unique<WaitGraphPanel>());
    panels_.push_back(std::make_unique<SourcePanel>());
    panels_.push_back(std::make_unique<ConsolePanel>());
    panels_.push_back(std::make_unique<InspectorPanel>());
    panels_.push_back(std::make_unique<ProcessTreePanel>());
    panels_.push_back(std::make_unique<ExplorePanel>());
    panels_.push_back(std::make_unique<ChallengesPanel>());
    if (!options_.initial_demo.empty()) state_.select(options_.initial_demo);
    if (options_.stage) stage_.emplace(*options_.stage);
    register_settings_handler(saved_);
}

void AppUi::prepare_frame() {
    if (!pending_user_scale_) return;
    set_user_scale(*pending_user_scale_);
    apply_style();
    pending_user_scale_.reset();
}

void AppUi::draw_frame() {
    if (!saved_language_applied_) {
        apply_saved_language();
        apply_saved_view();
    }
    if (stage_ && !stage_started_) {
        stage_started_ = true;
        stage_->start(state_);
    }
    state_.session().poll();
    poll_find_bug(state_);
    poll_challenges(state_);
    if (const std::string p = state_.challenges().progress_text(); p != saved_.challenges) {
        saved_.challenges = p;  // a challenge solved: remembered in the settings file
        ImGui::MarkIniSettingsDirty();
    }
    if (stage_) stage_->advance(state_);
    handle_shortcuts(state_);
    draw_menu_bar();
    draw_status_bar(state_);  // before the dock space, which fills what is left
    update_dockspace();
    draw_panels();
    // After a fresh layout, keyboard navigation starts in the catalogue; never
    // while a modal (the welcome, a file dialog) is open: focusing would close it.
    if (focus_demos_ && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel) &&
        !welcome_requested_) {
        ImGui::SetWindowFocus(panel_title::kDemos);
        focus_demos_ = false;
    }
    // A search started or ended, a challenge opened or played: its panel (a
    // tab beside Demos) comes to the front, where the progress, the story, the goal are.
    if (FindBug& fb = state_.find_bug(); std::exchange(fb.show_panel, false)) pending_front_ = panel_title::kExplore;
    if (ChallengePlay& play = state_.challenges(); std::exchange(play.show_panel, false))
        pending_front_ = panel_title::kChallenges;
    if (pending_front_ != nullptr) {
        focus_demos_ = false;  // what the learner asked for last wins over the catalogue
        if (!layout_reset_pending_ && bring_to_front(pending_front_)) pending_front_ = nullptr;
    }
    draw_about();
    draw_welcome();
    help_.draw();
    if (auto path = file_dialog_.draw()) complete_with_path(state_, file_dialog_.command(), *path);
    draw_error();
    carry_out_requests();  // after the modals: one opened now shows from the next frame
}

bool AppUi::animating() const {
    if (state_.find_bug().job.running()) return true;  // the progress bar moves
    const RunSession& session = state_.session();
    if (!session.animating()) return false;
    const StepView& view = session.step_view();
    const bool waiting_for_learner = view.stepping && view.quiescent && !view.automatic;
    return !waiting_for_learner || (stage_ && !stage_->settled());
}

void AppUi::keep_unsaved_edits() {
    ProgramEdit& edit = state_.edit();
    if (!edit.dirty()) return;
    std::string error;
    if (save_edit(edit, edit.path, error)) {
        std::fprintf(stderr, "interleave: %s\n",
                     i18n::trf("saved your edits to {path} before closing", {{"path", edit.path}}).c_str());
        return;
    }
    const std::string file = edit.path.substr(edit.path.rfind('/') + 1);
    const char* tmp = std::getenv("TMPDIR");
    const std::string rescue = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/" + file + ".unsaved-" +
                               std::to_string(::getpid()) + ".py";
    std::string again;
    if (save_edit(edit, rescue, again))
        std::fprintf(stderr, "interleave: %s\n",
                     i18n::trf("{error}; your edits are in {path}", {{"error", error}, {"path", rescue}}).c_str());
    else
        std::fprintf(stderr, "interleave: %s\n",
                     i18n::trf("{error}; {again}: your edits could not be kept", {{"error", error}, {"again", again}})
                         .c_str());
}

void AppUi::carry_out_requests() {
    ControlState& controls = state_.controls();
    for (const ControlState::Request& r : controls.requests) {
        if (needs_path(r.command))
            file_dialog_.open(r.command, suggested_file_name(state_, r.command), controls.recent_paths);
        else if (r.command == Command::Help)
            help_.open();
        else if (r.command == Command::Quit)
            quit_requested_ = true;
        else if (r.command == Command::LessonLayout)
            reset_layout();
        else if (r.command == Command::MaximisePanel)
            toggle_maximised();
        else
            change_text_size(r.command);
    }
    controls.requests.clear();
}

void AppUi::change_text_size(Command c) {
    const float now = pending_user_scale_.value_or(user_scale());
    if (c == Command::LargerText) pending_user_scale_ = next_text_scale(now, +1);
    if (c == Command::SmallerText) pending_user_scale_ = next_text_scale(now, -1);
    if (c == Command::PresentationSize) {
        set_presenting(!presenting_);
        return;
    }
    if (presenting_) state_.controls().presentation_scale = *pending_user_scale_;  // presenting returns to it
    saved_.text_scale = *pending_user_scale_;
    ImGui::MarkIniSettingsDirty();
}

void AppUi::set_presenting(bool on) {
    if (on == presenting_ && pending_user_scale_) return;
    const float now = pending_user_scale_.value_or(user_scale());
    if (on && !presenting_ && now > 1.0f) state_.controls().presentation_scale = now;  // already large: keep it
    presenting_ = on;
    pending_user_scale_ = on ? state_.controls().presentation_scale : 1.0f;
    saved_.present = on;
    saved_.text_scale = *pending_user_scale_;
    layout_reset_pending_ = true;  // the layout made for the new text size
    ImGui::MarkIniSettingsDirty();
}

void AppUi::draw_menu_bar() {
    if (!ImGui::BeginMainMenuBar()) return;
    draw_file_menu();
    draw_run_menu();
    draw_view_menu();
    if (ImGui::BeginMenu(i18n::tr("Help"))) {
        command_menu_item(state_, Command::Help);
        if (ImGui::MenuItem(i18n::tr("Welcome"))) welcome_requested_ = true;
        if (ImGui::MenuItem(i18n::tr("About Interleave"))) about_requested_ = true;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void AppUi::draw_file_menu() {
    if (!ImGui::BeginMenu(i18n::tr("File"))) return;
    command_menu_item(state_, Command::OpenProgram);
    command_menu_item(state_, Command::OpenRun);
    command_menu_item(state_, Command::SaveRun);
    command_menu_item(state_, Command::ExportChrome);
    ImGui::Separator();
    command_menu_item(state_, Command::Replay);
    command_menu_item(state_, Command::SaveSchedule);
    command_menu_item(state_, Command::OpenChallenge);
    ImGui::Separator();
    command_menu_item(state_, Command::Quit);
    ImGui::EndMenu();
}

void AppUi::draw_run_menu() {
    if (!ImGui::BeginMenu(i18n::tr("Run"))) return;
    for (Command c : {Command::Run, Command::Slow, Command::Step, Command::Replay, Command::Stop, Command::Restart})
        command_menu_item(state_, c);
    ImGui::Separator();
    for (Command c : {Command::StepAny, Command::RunToEnd, Command::Undo}) command_menu_item(state_, c);
    ImGui::Separator();
    for (Command c : {Command::FindBug, Command::CancelFind, Command::StepPlan, Command::PlayPlan, Command::PlayChallenge})
        command_menu_item(state_, c);
    ImGui::Separator();
    for (Command c : {Command::PreviousDemo, Command::NextDemo}) command_menu_item(state_, c);
    ImGui::EndMenu();
}

// The ini was read by the first frame: a language chosen in an earlier session
// applies unless --lang or INTERLEAVE_LANG gave one. Chinese needs a CJK font
// (fonts.hpp); without one the window stays in English (fonts.cpp said why).
void AppUi::apply_saved_language() {
    saved_language_applied_ = true;
    if (!options_.language_given && !saved_.language.empty())
        if (const auto lang = i18n::parse(saved_.language)) i18n::set_language(*lang);
    if (i18n::language() != i18n::Lang::En && !has_cjk_font()) i18n::set_language(i18n::Lang::En);
}

void AppUi::choose_language(i18n::Lang lang) {
    i18n::set_language(lang);
    setenv("INTERLEAVE_LANG", std::string(i18n::code(lang)).c_str(), 1);  // the runs started from now on
    saved_.language = std::string(i18n::code(lang));
    ImGui::MarkIniSettingsDirty();
}

void AppUi::draw_language_menu() {
    if (!ImGui::BeginMenu(i18n::tr("Language"))) return;
    for (i18n::Lang lang : i18n::kLanguages) {
        const bool usable = lang == i18n::Lang::En || has_cjk_font();
        const std::string name(i18n::native_name(lang));
        if (ImGui::MenuItem(name.c_str(), nullptr, i18n::language() == lang, usable) && i18n::language() != lang)
            choose_language(lang);
        if (!usable && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", i18n::tr("No Chinese font is installed: sudo apt-get install fonts-wqy-microhei"));
    }
    ImGui::EndMenu();
}

void AppUi::draw_view_menu() {
    if (!ImGui::BeginMenu(i18n::tr("View"))) return;
    for (const auto& panel : panels_) ImGui::MenuItem(panel->shown_title().c_str(), nullptr, &panel->open());
    ImGui::Separator();
    command_menu_item(state_, Command::LargerText);
    command_menu_item(state_, Command::SmallerText);
    command_menu_item(state_, Command::PresentationSize, presenting_);
    ImGui::Separator();
    command_menu_item(state_, Command::LessonLayout);
    if (ImGui::MenuItem(i18n::tr("Arrange for each lesson"), nullptr, &saved_.lesson_layouts))
        ImGui::MarkIniSettingsDirty();
    ImGui::SetItemTooltip("%s", i18n::tr("When on, opening a demo arranges the panels around what it is about; turn it off to keep your own arrangement."));
    command_menu_item(state_, Command::MaximisePanel, maximised_ != nullptr);
    ImGui::Separator();
    draw_language_menu();
    ImGui::EndMenu();
}

void AppUi::draw_about() {
    if (!begin_modal(kAboutPopup, i18n::tr("About Interleave"), about_requested_, kModalWidthEm)) return;
    heading("Interleave");
    text_wrapped(i18n::tr("A sandbox for learning concurrency by watching it and by driving it: fork, Process, Pool, Queue, Lock, deadlock, Event, ThreadLocal and the GIL, on real threads and real processes."));
    ImGui::Spacing();
    if (!options_.about.empty()) text_muted_wrapped(options_.about);
    text_muted_wrapped(std::string("Dear ImGui ") + ImGui::GetVersion());
    ImGui::Spacing();
    if (ImGui::Button(i18n::tr("Close")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// A failed start or file action: its title and detail until dismissed.
void AppUi::draw_error() {
    std::optional<UiMessage>& error = state_.controls().error;
    if (!error) return;
    // The key that confirmed a file dialog may still be down in the frame the
    // error opens: keys close the modal from its second frame on.
    const bool fresh = !ImGui::IsPopupOpen(kErrorPopup);
    if (fresh) ImGui::OpenPopup(kErrorPopup);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * kModalWidthEm, 0.0f), ImGuiCond_Appearing);
    const std::string title = error->title + kErrorPopup;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    text_wrapped(error->detail);  // the title is in the title bar
    ImGui::Spacing();
    const bool key = !fresh && (ImGui::IsKeyPressed(ImGuiKey_Escape) || ImGui::IsKeyPressed(ImGuiKey_Enter));
    if (ImGui::Button(i18n::tr("OK")) || key) {
        ImGui::CloseCurrentPopup();
        error.reset();
    }
    ImGui::EndPopup();
}

}  // namespace il::gui
