// app/gui/app_ui.cpp — the frame: menu bar, dock space, panels, About box.
#include "app/gui/app_ui.hpp"

#include "app/gui/layout.hpp"
#include "app/gui/theme.hpp"
#include "app/gui/widgets.hpp"
#include "imgui_internal.h"  // DockBuilderGetNode

namespace il::gui {

namespace {

constexpr const char* kAboutPopup = "About Interleave";
constexpr ImGuiKeyChord kQuitShortcut = ImGuiMod_Ctrl | ImGuiKey_Q;

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
    if (!options_.initial_demo.empty()) state_.select(options_.initial_demo);
    register_settings_handler(saved_);
}

void AppUi::draw_frame() {
    if (ImGui::Shortcut(kQuitShortcut, ImGuiInputFlags_RouteGlobal)) quit_requested_ = true;
    draw_menu_bar();
    update_dockspace();
    for (const auto& panel : panels_) panel->draw(state_);
    if (focus_demos_) {  // after a fresh layout, keyboard navigation starts in the catalogue
        ImGui::SetWindowFocus(panel_title::kDemos);
        focus_demos_ = false;
    }
    draw_about();
}

void AppUi::update_dockspace() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImGuiID id = dockspace_id();
    if (layout_reset_pending_ || saved_.layout_version != kLayoutVersion || ImGui::DockBuilderGetNode(id) == nullptr) {
        build_default_layout(id, viewport->WorkSize);
        for (const auto& panel : panels_) panel->open() = true;
        saved_.layout_version = kLayoutVersion;
        layout_reset_pending_ = false;
        focus_demos_ = true;
        ImGui::MarkIniSettingsDirty();
    }
    ImGui::DockSpaceOverViewport(id, viewport);
}

void AppUi::draw_menu_bar() {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) quit_requested_ = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        for (const auto& panel : panels_) ImGui::MenuItem(panel->title(), nullptr, &panel->open());
        ImGui::Separator();
        if (ImGui::MenuItem("Reset layout")) reset_layout();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("About Interleave")) about_requested_ = true;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void AppUi::draw_about() {
    if (about_requested_) {
        ImGui::OpenPopup(kAboutPopup);
        about_requested_ = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kAboutPopup, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    heading("Interleave");
    text_wrapped(
        "A sandbox for learning concurrency by watching it and by driving it: fork, Process, Pool, "
        "Queue, Lock, deadlock, Event, ThreadLocal and the GIL, on real threads and real processes.");
    ImGui::Spacing();
    if (!options_.about.empty()) text_muted_wrapped(options_.about);
    text_muted_wrapped(std::string("Dear ImGui ") + ImGui::GetVersion());
    ImGui::Spacing();
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace il::gui
