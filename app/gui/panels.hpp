// app/gui/panels.hpp — the dockable panels of the window, one class each
// (DESIGN.md, "The window"). A panel owns its ImGui window: Panel::draw() does
// Begin/End and calls draw_content(), so a panel body never has to balance
// them itself. Panels read shared state from UiState and own only view state
// (scroll positions, filters).
//
// The window title of each panel is also its ImGui identity: the dock layout
// (layout.cpp) and the saved .ini refer to panels by these names.
//
// Thread rules: GUI thread only, inside an ImGui frame.
#pragma once

#include <memory>
#include <vector>

#include "app/gui/ui_state.hpp"
#include "imgui.h"

namespace il::gui {

namespace panel_title {
inline constexpr const char* kDemos = "Demos";
inline constexpr const char* kRunControls = "Run controls";
inline constexpr const char* kTimeline = "Timeline";
inline constexpr const char* kWaitGraph = "Wait-for graph";
inline constexpr const char* kSource = "Source";
inline constexpr const char* kConsole = "Console";
inline constexpr const char* kInspector = "Inspector";
inline constexpr const char* kProcessTree = "Process tree";
}  // namespace panel_title

class Panel {
public:
    explicit Panel(const char* title) : title_(title) {}
    virtual ~Panel() = default;
    Panel(const Panel&) = delete;
    Panel& operator=(const Panel&) = delete;

    const char* title() const { return title_; }
    bool& open() { return open_; }
    // Draws the panel's window when it is open (closing it only hides it; the
    // View menu brings it back).
    void draw(UiState& state);

protected:
    virtual void draw_content(UiState& state) = 0;

private:
    const char* title_;
    bool open_ = true;
};

// The catalogue as a tree by group, and the selected demo's explanation,
// "try this" list, parameters and Python equivalent.
class DemosPanel final : public Panel {
public:
    DemosPanel() : Panel(panel_title::kDemos) {}

protected:
    void draw_content(UiState& state) override;

private:
    void draw_catalogue(UiState& state);
    void draw_details(UiState& state, const core::DemoInfo& demo);
    ImGuiTextFilter filter_;
};

// Start (run / slow / step / replay), stop, restart, slow mode's speed; in
// step mode every worker with its pending operation, to step it, and step
// any / run to end / undo / save schedule.
class RunControlsPanel final : public Panel {
public:
    RunControlsPanel() : Panel(panel_title::kRunControls) {}

protected:
    void draw_content(UiState& state) override;

private:
    void draw_start(UiState& state);
    void draw_run(UiState& state);
    void draw_workers(UiState& state);
    std::vector<core::Choice> shown_choices_;  // the step choices last seen while the run held still
    size_t shown_at_step_ = 0;                 // the step count they were seen at
};

class Timeline;  // timeline.hpp

// A lane per worker coloured by state, per lock showing its holder, per
// queue showing its fill, the GIL's; zoom, pan, follow live (timeline.hpp).
class TimelinePanel final : public Panel {
public:
    TimelinePanel();
    ~TimelinePanel() override;
    Timeline& timeline() { return *timeline_; }

protected:
    void draw_content(UiState& state) override;

private:
    std::unique_ptr<Timeline> timeline_;
};

class WaitGraphPanel final : public Panel {
public:
    WaitGraphPanel() : Panel(panel_title::kWaitGraph) {}

protected:
    void draw_content(UiState& state) override;
};

class SourcePanel final : public Panel {
public:
    SourcePanel() : Panel(panel_title::kSource) {}

protected:
    void draw_content(UiState& state) override;
};

class ConsolePanel final : public Panel {
public:
    ConsolePanel() : Panel(panel_title::kConsole) {}

protected:
    void draw_content(UiState& state) override;
};

class InspectorPanel final : public Panel {
public:
    InspectorPanel() : Panel(panel_title::kInspector) {}

protected:
    void draw_content(UiState& state) override;
};

class ProcessTreePanel final : public Panel {
public:
    ProcessTreePanel() : Panel(panel_title::kProcessTree) {}

protected:
    void draw_content(UiState& state) override;
};

// The headline every run-fed panel shows while there is no run to show.
inline constexpr const char* kNoRunYet = "No run yet: pick a demo, then Run (F5) or Step (F7).";

}  // namespace il::gui
