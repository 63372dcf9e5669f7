// app/gui/shell/panels.hpp — the dockable panels of the window, one class each
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

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/gui/shell/ui_state.hpp"
#include "core/explore/challenge.hpp"
#include "app/gui/source/program_editor.hpp"
#include "core/common/i18n.hpp"
#include "imgui.h"

namespace il::gui {

struct RunView;  // run_view.hpp: what the run-fed panels draw from
struct WaitGraph;  // graph_model.hpp
struct GraphPlacement;  // graph_layout.hpp
struct GraphGeometry;

namespace panel_title {
// "English###id": ImGui shows what comes before ###, translated (Panel::draw
// puts the current language's words there), and identifies the window by
// what follows, so the layout and the saved .ini hold in every language.
inline constexpr const char* kDemos = N_("Demos") "###Demos";
inline constexpr const char* kRunControls = N_("Run controls") "###Run controls";
inline constexpr const char* kTimeline = N_("Timeline") "###Timeline";
inline constexpr const char* kWaitGraph = N_("Wait-for graph") "###Wait-for graph";
inline constexpr const char* kSource = N_("Source") "###Source";
inline constexpr const char* kConsole = N_("Console") "###Console";
inline constexpr const char* kInspector = N_("Inspector") "###Inspector";
inline constexpr const char* kProcessTree = N_("Process tree") "###Process tree";
inline constexpr const char* kExplore = N_("Find a bug") "###Explore";
inline constexpr const char* kChallenges = N_("Challenges") "###Challenges";
}  // namespace panel_title

class Panel {
public:
    explicit Panel(const char* title) : title_(title) {}
    virtual ~Panel() = default;
    Panel(const Panel&) = delete;
    Panel& operator=(const Panel&) = delete;

    const char* title() const { return title_; }
    // The title in the current language (what the tab and the View menu show).
    std::string shown_title() const;
    bool& open() { return open_; }
    // Draws the panel's window when it is open (closing it only hides it; the
    // View menu brings it back).
    void draw(UiState& state);
    // Maximised (AppUi::toggle_maximised): the docked window stays in its
    // place, holding only a note, so the layout is kept; the panel itself is
    // drawn by draw_maximised() in a window over the whole dock space.
    void draw_placeholder();
    // Returns false when the learner asked to put it back (its close button,
    // a double click on its title bar). `fresh`: maximised this frame.
    bool draw_maximised(UiState& state, ImVec2 pos, ImVec2 size, bool fresh);
    // A double click on the docked window's tab asked to maximise it (read once).
    bool take_maximise_request() { return std::exchange(maximise_asked_, false); }

protected:
    virtual void draw_content(UiState& state) = 0;

private:
    // The window's name: the title in the current language, then "###" and its id.
    std::string window_name() const;
    const char* title_;
    bool open_ = true;
    bool maximise_asked_ = false;
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
    std::vector<const core::DemoInfo*> catalogue_;  // this frame's (Registry::catalogue)
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

// The run-fed panels below draw from a RunView (run_view.hpp); draw_view() is
// their body, public so tests can feed them an in-process run.

// Workers and objects, hold and wait edges, the deadlock cycle in red
// (graph_model.hpp, graph_layout.hpp).
class WaitGraphPanel final : public Panel {
public:
    WaitGraphPanel() : Panel(panel_title::kWaitGraph) {}
    void draw_view(const RunView& run);
    // The last frame's zoom (1: the graph fitted as it is) and whether the
    // deadlock cycle, if any, was in view (tests).
    float zoom() const { return zoom_; }
    bool cycle_in_view() const { return cycle_in_view_; }

protected:
    void draw_content(UiState& state) override;

private:
    void draw_canvas(const RunView& run, const WaitGraph& g);
    void keep_cycle_in_view(const RunView& run, const WaitGraph& g, const GraphPlacement& at, const GraphGeometry& geo,
                            ImVec2 area);
    float zoom_ = 1.0f;
    bool cycle_in_view_ = true;
    std::string cycle_seen_;  // the cycle and the area it was last brought into view for
    ImVec2 area_seen_{0.0f, 0.0f};
};

// The demo's source with a marker per worker (source_markers.hpp); in step
// mode a click on a marker grants that worker a step.
class SourcePanel final : public Panel {
public:
    SourcePanel() : Panel(panel_title::kSource) {}
    void draw_view(const RunView& run, const core::DemoInfo* demo);

protected:
    void draw_content(UiState& state) override;

private:
    void draw_code(const RunView& run, std::string_view code);
    ProgramEditor editor_;               // a Python program being edited (UiState::edit())
    bool follow_ = true;                 // scroll to keep the markers in view
    std::vector<uint32_t> marker_lines_;  // last frame's marker lines, to see them move
    float row_h_ = 0;                    // last frame's row height, to keep the view on a new text size
};

// Prints, coloured by worker, with a filter by worker; then the results.
class ConsolePanel final : public Panel {
public:
    ConsolePanel() : Panel(panel_title::kConsole) {}
    void draw_view(const RunView& run);

protected:
    void draw_content(UiState& state) override;

private:
    void draw_filter(const RunView& run);
    void draw_lines(const RunView& run);
    bool auto_scroll_ = true;
    std::vector<uint16_t> hidden_;  // workers whose lines are filtered out
    size_t lines_seen_ = 0;         // to scroll when new lines arrive
};

// Every object's state (inspector_model.hpp).
class InspectorPanel final : public Panel {
public:
    InspectorPanel() : Panel(panel_title::kInspector) {}
    void draw_view(const RunView& run);

protected:
    void draw_content(UiState& state) override;

private:
    ImGuiTextFilter filter_;
};

// Processes as a tree with their threads (process_tree_model.hpp).
class ProcessTreePanel final : public Panel {
public:
    ProcessTreePanel() : Panel(panel_title::kProcessTree) {}
    void draw_view(const RunView& run);

protected:
    void draw_content(UiState& state) override;
};

// "Find a bug": explore mode's settings, its progress bar and Cancel, the
// verdict, and the failing schedule's story, turn by turn, marking how far
// the learner has followed it (find_bug.hpp).
class ExplorePanel final : public Panel {
public:
    ExplorePanel() : Panel(panel_title::kExplore) {}

protected:
    void draw_content(UiState& state) override;

private:
    void draw_settings(UiState& state);
    void draw_progress(UiState& state);
    void draw_result(UiState& state);
    void draw_story(UiState& state, const core::ExploreResult& r);
    // Turns of the followed run's story so far, read again when its trace grows.
    uint64_t story_events_ = UINT64_MAX;
    size_t story_turns_ = 0;
};

// Challenges (challenge_play.hpp): the list with each one's progress, then
// the selected one: its goal and limits, the question to answer first,
// Play, hints one at a time, the verdict on the last attempt, and par.
class ChallengesPanel final : public Panel {
public:
    ChallengesPanel() : Panel(panel_title::kChallenges) {}

protected:
    void draw_content(UiState& state) override;

private:
    void draw_list(UiState& state);
    void draw_selected(UiState& state, const core::Challenge& c);
    void draw_predict(UiState& state, const core::Challenge& c);
    void draw_verdict(UiState& state, const core::Challenge& c);
    char answer_[128] = {};  // a free answer being typed
};

// The headline every run-fed panel shows while there is no run to show, in
// English: the panels show tr(kNoRunYet).
inline constexpr const char* kNoRunYet = N_("No run yet: pick a demo, then Run (F5) or Step (F7).");

}  // namespace il::gui
