// app/gui/shell/layout.cpp — the default dock layout (see the sketch in layout.hpp).
#include "app/gui/shell/layout.hpp"

#include "app/gui/shell/panels.hpp"
#include "imgui_internal.h"  // DockBuilder API

namespace il::gui {

namespace {

// Shares of the parent node given to the node split off at the named side.
constexpr float kLeftColumn = 0.26f;
constexpr float kRunControls = 0.45f;  // stepping lists every worker here
constexpr float kBottomRow = 0.30f;
constexpr float kTimeline = 0.50f;  // of what the bottom row leaves
constexpr float kSource = 0.55f;
constexpr float kConsole = 0.36f;
constexpr float kProcessTree = 0.50f;  // of what the console leaves

}  // namespace

ImGuiID dockspace_id() { return ImHashStr("il.dockspace"); }

void build_default_layout(ImGuiID dockspace, ImVec2 size) {
    ImGui::DockBuilderRemoveNode(dockspace);
    ImGui::DockBuilderAddNode(dockspace, ImGuiDockNodeFlags_DockSpace);
    ImGui::DockBuilderSetNodeSize(dockspace, size);

    ImGuiID right = dockspace;
    ImGuiID demos = ImGui::DockBuilderSplitNode(right, ImGuiDir_Left, kLeftColumn, nullptr, &right);
    const ImGuiID run_controls = ImGui::DockBuilderSplitNode(demos, ImGuiDir_Down, kRunControls, nullptr, &demos);

    ImGuiID bottom = ImGui::DockBuilderSplitNode(right, ImGuiDir_Down, kBottomRow, nullptr, &right);
    const ImGuiID console = ImGui::DockBuilderSplitNode(bottom, ImGuiDir_Left, kConsole, nullptr, &bottom);
    ImGuiID inspector = bottom;
    const ImGuiID process_tree =
        ImGui::DockBuilderSplitNode(inspector, ImGuiDir_Right, kProcessTree, nullptr, &inspector);

    ImGuiID graph = right;
    const ImGuiID timeline = ImGui::DockBuilderSplitNode(graph, ImGuiDir_Up, kTimeline, nullptr, &graph);
    const ImGuiID source = ImGui::DockBuilderSplitNode(graph, ImGuiDir_Right, kSource, nullptr, &graph);

    ImGui::DockBuilderDockWindow(panel_title::kDemos, demos);
    ImGui::DockBuilderDockWindow(panel_title::kRunControls, run_controls);
    ImGui::DockBuilderDockWindow(panel_title::kTimeline, timeline);
    ImGui::DockBuilderDockWindow(panel_title::kWaitGraph, graph);
    ImGui::DockBuilderDockWindow(panel_title::kSource, source);
    ImGui::DockBuilderDockWindow(panel_title::kConsole, console);
    ImGui::DockBuilderDockWindow(panel_title::kInspector, inspector);
    ImGui::DockBuilderDockWindow(panel_title::kProcessTree, process_tree);
    ImGui::DockBuilderFinish(dockspace);
}

}  // namespace il::gui
