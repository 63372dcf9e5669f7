// app/gui/shell/app_ui_layout.cpp — the frame's arrangement: the lesson layout
// (rebuilt for a lesson with another focus, a new window size, presentation
// mode), the maximised panel, the saved view, and the first-run welcome.
#include <cmath>

#include "app/gui/shell/app_ui.hpp"
#include "app/gui/shell/controls.hpp"
#include "app/gui/shell/shortcuts.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/shell/widgets.hpp"
#include "imgui_internal.h"  // DockBuilderGetNode

namespace il::gui {

namespace {

constexpr const char* kWelcomePopup = "###welcome";
constexpr float kWelcomeWidthEm = 36.0f;
// A window this much wider or taller (or smaller) than the one the layout was
// built for gets the layout again: shares, not the pixels ImGui kept.
constexpr float kResizeShare = 0.03f;

// Frames the lesson's tabs are brought to the front for after a new layout
// (a learner's click on another tab after that is theirs).
constexpr int kTabFrames = 10;

bool resized(float now, float built) { return std::fabs(now - built) > built * kResizeShare; }

}  // namespace

// The saved view applies from the first frame: text size, presentation mode
// (--present wins), whether the welcome was seen.
void AppUi::apply_saved_view() {
    if (saved_.text_scale > 0.0f) pending_user_scale_ = saved_.text_scale;
    if (saved_.present && saved_.text_scale > 1.0f) state_.controls().presentation_scale = saved_.text_scale;
    if (options_.present || saved_.present) {
        presenting_ = false;
        set_presenting(true);
    }
    welcome_requested_ = options_.welcome && !saved_.welcomed;
    state_.challenges().load_progress(saved_.challenges);
}

bool AppUi::layout_outdated(ImVec2 size, const Lesson& lesson) const {
    if (layout_reset_pending_ || saved_.layout_version != kLayoutVersion ||
        ImGui::DockBuilderGetNode(dockspace_id()) == nullptr)
        return true;
    if (!saved_.lesson_layouts) return false;  // the learner's own arrangement
    return built_size_.x == 0.0f || resized(size.x, built_size_.x) || resized(size.y, built_size_.y) ||
           !(lesson.views == built_lesson_.views);
}

void AppUi::update_dockspace() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImGuiID id = dockspace_id();
    const Lesson lesson = lesson_for(state_.selected());
    if (layout_outdated(viewport->WorkSize, lesson)) {
        // Find a bug or Challenges in front (a search's story, a challenge being played) stays in front.
        for (const char* title : {panel_title::kExplore, panel_title::kChallenges}) {
            const ImGuiWindow* w = ImGui::FindWindowByName(title);
            if (w != nullptr && w->DockNode != nullptr && w->DockNode->TabBar != nullptr &&
                w->DockNode->TabBar->SelectedTabId == w->TabId && pending_front_ == nullptr)
                pending_front_ = title;
        }
        build_lesson_layout(id, viewport->WorkSize, lesson, presenting_);
        for (const auto& panel : panels_) panel->open() = true;
        saved_.layout_version = kLayoutVersion;
        layout_reset_pending_ = false;
        // The keyboard goes to the catalogue (where a lesson is picked): a panel
        // reopened now would take it, and its tab bar would show it, not the lesson's view.
        focus_demos_ = true;
        built_size_ = viewport->WorkSize;
        maximised_ = nullptr;
        tabs_pending_ = kTabFrames;
        ImGui::MarkIniSettingsDirty();
    } else if (built_size_.x == 0.0f) {
        built_size_ = viewport->WorkSize;  // the learner's own saved arrangement, kept
    }
    built_lesson_ = lesson;
    ImGui::DockSpaceOverViewport(id, viewport);
}

void AppUi::draw_panels() {
    bool fresh = false;
    for (const auto& panel : panels_) {
        if (panel.get() == maximised_) {
            panel->draw_placeholder();
            continue;
        }
        panel->draw(state_);
        if (panel->take_maximise_request()) {
            maximised_ = panel.get();
            fresh = true;
        }
    }
    if (tabs_pending_ > 0) tabs_pending_ = select_lesson_tabs(built_lesson_) ? 0 : tabs_pending_ - 1;
    if (maximised_ == nullptr) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    if (!maximised_->open() || !maximised_->draw_maximised(state_, viewport->WorkPos, viewport->WorkSize, fresh))
        maximised_ = nullptr;
}

// F11: the panel that has the keyboard (its window or one inside it), else the
// lesson's first view; again, it goes back.
void AppUi::toggle_maximised() {
    if (maximised_ != nullptr) {
        maximised_ = nullptr;
        return;
    }
    const ImGuiWindow* focused = GImGui->NavWindow != nullptr ? GImGui->NavWindow->RootWindow : nullptr;
    const std::string_view focused_id =
        focused != nullptr ? std::string_view(focused->Name).substr(std::string_view(focused->Name).find("###") + 1)
                           : std::string_view();
    const char* wanted = panel_for(built_lesson_.views.empty() ? core::LessonView::Timeline : built_lesson_.views[0]);
    for (const auto& panel : panels_) {
        const std::string_view title(panel->title());
        if (!focused_id.empty() && title.substr(title.find("###") + 1) == focused_id) wanted = panel->title();
    }
    for (const auto& panel : panels_)
        if (std::string_view(panel->title()) == wanted && panel->open()) maximised_ = panel.get();
}

// Once, on the first run: what Interleave is and where the course starts.
void AppUi::draw_welcome() {
    if (!begin_modal(kWelcomePopup, i18n::tr("Welcome to Interleave"), welcome_requested_, kWelcomeWidthEm)) return;
    const auto course = core::Registry::catalogue();
    const core::DemoInfo* first = course.empty() ? nullptr : course.front();
    text_wrapped(i18n::tr("Interleave runs each idea of the course — fork, Process, Pool, Queue, Thread, Lock, deadlock, Event, ThreadLocal and the GIL — on real processes and threads, and shows who runs, who waits for what and who holds which lock."));
    ImGui::Spacing();
    if (first != nullptr)
        text_wrapped(i18n::trf("Start with the first lesson, {title}. Run (F5) lets it go; Step (F7) lets you choose which worker moves next. Next demo (Ctrl+PageDown) walks the course in order.",
                               {{"title", i18n::tr(first->title)}}));
    text_wrapped(i18n::tr("Your own program: File → Open Python program (Ctrl+Shift+P). In front of a class: View → Presentation mode (Ctrl+P). F1 lists every key."));
    ImGui::Spacing();
    bool close = false;
    if (first != nullptr && ImGui::Button(i18n::trf("Start with {title}", {{"title", i18n::tr(first->title)}}).c_str())) {
        state_.select(first->id);
        close = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(i18n::tr("Close")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) close = true;
    if (close) {
        saved_.welcomed = true;
        ImGui::MarkIniSettingsDirty();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace il::gui
