// app/gui/shell/layout.cpp — the lesson layout (see the sketch in layout.hpp) and
// the focus each group of demos gets when a demo declares none.
#include "app/gui/shell/layout.hpp"

#include <algorithm>
#include <array>

#include "app/gui/shell/panels.hpp"
#include "imgui_internal.h"  // DockBuilder API

namespace il::gui {

namespace {

using core::LessonView;

// Shares of the parent node given to the node split off at the named side.
constexpr float kLeftColumn = 0.27f;
constexpr float kLeftColumnPresenting = 0.30f;
constexpr float kRunControls = 0.42f;  // of the left column: stepping lists every worker here
constexpr float kSecondRow = 0.42f;    // of the right side: focus 2 and 3
constexpr float kSecondRowPresenting = 0.45f;
constexpr float kThird = 0.5f;         // of the second row

// What each group's lessons are about, in the course's words: processes are
// a tree, a deadlock is a cycle, the rest happens over time.
std::vector<LessonView> group_views(std::string_view group) {
    if (group == "fork" || group == "Process") return {LessonView::ProcessTree, LessonView::Console, LessonView::Source};
    if (group == "Deadlock") return {LessonView::WaitGraph, LessonView::Source, LessonView::Timeline};
    if (group == "Queue" || group == "Lock" || group == "ThreadLocal")
        return {LessonView::Timeline, LessonView::Inspector, LessonView::Source};
    if (group == "Built-in") return {LessonView::Timeline, LessonView::WaitGraph, LessonView::Source};
    return {LessonView::Timeline, LessonView::Console, LessonView::Source};  // Thread, Pool, Event, GIL, programs
}

// The lanes a group's lessons put first when a demo names none: the GIL's
// lanes for the GIL lessons, a pool's workers for the pool lessons.
std::vector<std::string> group_lanes(std::string_view group) {
    if (group == "GIL") return {"GIL*"};
    if (group == "Pool") return {"MainThread", "ForkPoolWorker*", "ThreadPoolExecutor*"};
    return {};
}

constexpr std::array kAllViews = {LessonView::Timeline,  LessonView::WaitGraph, LessonView::Source,
                                  LessonView::Console,   LessonView::Inspector, LessonView::ProcessTree};
constexpr size_t kShownViews = 3;

}  // namespace

ImGuiID dockspace_id() { return ImHashStr("il.dockspace"); }

const char* panel_for(LessonView view) {
    switch (view) {
        case LessonView::Timeline: return panel_title::kTimeline;
        case LessonView::WaitGraph: return panel_title::kWaitGraph;
        case LessonView::Source: return panel_title::kSource;
        case LessonView::Console: return panel_title::kConsole;
        case LessonView::Inspector: return panel_title::kInspector;
        case LessonView::ProcessTree: return panel_title::kProcessTree;
    }
    return panel_title::kTimeline;
}

Lesson lesson_for(const core::DemoInfo* demo) {
    Lesson lesson;
    if (demo != nullptr) {
        lesson.lanes = demo->focus.lanes.empty() ? group_lanes(demo->group) : demo->focus.lanes;
        lesson.marks = demo->focus.marks;
    }
    std::vector<LessonView> wanted = demo != nullptr ? demo->focus.views : std::vector<LessonView>{};
    for (LessonView v : group_views(demo != nullptr ? std::string_view(demo->group) : std::string_view()))
        wanted.push_back(v);  // a demo that names fewer than three is completed by its group's
    for (LessonView v : wanted)
        if (lesson.views.size() < kShownViews && std::find(lesson.views.begin(), lesson.views.end(), v) == lesson.views.end())
            lesson.views.push_back(v);
    return lesson;
}

size_t lane_rank(const std::vector<std::string>& lanes, std::string_view name) {
    for (size_t i = 0; i < lanes.size(); ++i) {
        const std::string_view p = lanes[i];
        if (p.ends_with('*') ? name.starts_with(p.substr(0, p.size() - 1)) : name == p) return i;
    }
    return lanes.size();
}

void build_lesson_layout(ImGuiID dockspace, ImVec2 size, const Lesson& lesson, bool presentation) {
    ImGui::DockBuilderRemoveNode(dockspace);
    ImGui::DockBuilderAddNode(dockspace, ImGuiDockNodeFlags_DockSpace);
    ImGui::DockBuilderSetNodeSize(dockspace, size);

    ImGuiID right = dockspace;
    ImGuiID demos = ImGui::DockBuilderSplitNode(right, ImGuiDir_Left, presentation ? kLeftColumnPresenting : kLeftColumn,
                                                nullptr, &right);
    const ImGuiID run_controls = ImGui::DockBuilderSplitNode(demos, ImGuiDir_Down, kRunControls, nullptr, &demos);
    ImGuiID first = right;
    ImGuiID second = ImGui::DockBuilderSplitNode(first, ImGuiDir_Down, presentation ? kSecondRowPresenting : kSecondRow,
                                                 nullptr, &first);
    const ImGuiID third = ImGui::DockBuilderSplitNode(second, ImGuiDir_Right, kThird, nullptr, &second);

    ImGui::DockBuilderDockWindow(panel_title::kDemos, demos);
    // Tabs behind Demos: what to run, what to look for in it, and goals to reach.
    ImGui::DockBuilderDockWindow(panel_title::kExplore, demos);
    ImGui::DockBuilderDockWindow(panel_title::kChallenges, demos);
    ImGui::DockBuilderDockWindow(panel_title::kRunControls, run_controls);
    const std::array<ImGuiID, kShownViews> cells = {first, second, third};
    // The views off the lesson go behind its third view, as tabs; the view itself stays the selected tab.
    for (LessonView v : kAllViews)
        if (std::find(lesson.views.begin(), lesson.views.end(), v) == lesson.views.end())
            ImGui::DockBuilderDockWindow(panel_for(v), third);
    for (size_t i = 0; i < lesson.views.size() && i < cells.size(); ++i)
        ImGui::DockBuilderDockWindow(panel_for(lesson.views[i]), cells[i]);
    ImGui::DockBuilderFinish(dockspace);
}

bool bring_to_front(const char* title) {
    ImGuiWindow* w = ImGui::FindWindowByName(title);
    if (w == nullptr) return false;
    ImGui::FocusWindow(w);
    if (w->DockNode == nullptr || w->DockNode->TabBar == nullptr) return true;
    ImGuiTabBar* bar = w->DockNode->TabBar;
    if (bar->SelectedTabId == w->TabId) return true;
    bar->NextSelectedTabId = w->TabId;
    return false;  // selected in the next frame: check again then
}

bool select_lesson_tabs(const Lesson& lesson) {
    bool done = true;
    for (LessonView v : lesson.views) {
        ImGuiWindow* w = ImGui::FindWindowByName(panel_for(v));
        if (w == nullptr || w->DockNode == nullptr) {
            done = false;  // not docked yet: the frame after the layout was built
            continue;
        }
        ImGuiTabBar* bar = w->DockNode->TabBar;
        if (bar != nullptr && bar->SelectedTabId != w->TabId) {
            bar->NextSelectedTabId = w->TabId;
            done = false;  // tabs added later in the same frames may take the selection: check again
        }
    }
    return done;
}

}  // namespace il::gui
