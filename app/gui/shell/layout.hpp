// app/gui/shell/layout.hpp — the dock space that fills the window and the lesson
// layout: the panels arranged around what the selected demo is about (its
// focus, core::LessonFocus; its group's when it declares none), built with
// ImGui's DockBuilder.
//
//   +-----------+-------------------------------------+
//   | Demos     | focus 1: what the lesson is about   |
//   |           |                                     |
//   |           +------------------+------------------+
//   +-----------+ focus 2          | focus 3          |
//   | Run       |                  | [+ the rest, as  |
//   | controls  |                  |  tabs behind it] |
//   +-----------+------------------+------------------+
//
// At most three run views show at once, so each is big enough to read on a
// projector at 1280×720 or 1024×768; the others are a tab (or the View menu)
// away. The layout is rebuilt when a demo with another focus is opened (if
// the learner keeps "Arrange for each lesson" on), when the window's size
// changes, or on View → Lesson layout; sizes are shares of the window, so it
// reads the same at any size.
//
// Thread rules: GUI thread only, inside an ImGui frame.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/runtime/registry.hpp"
#include "imgui.h"

namespace il::gui {

// Bump when panels are added, removed or renamed, so that a layout saved by an
// older version is replaced by the new default instead of leaving new panels
// floating.
inline constexpr int kLayoutVersion = 5;  // 4: lesson layouts (focus views, the rest as tabs); 5: Find a bug

// The id of the main dock space (stable across runs: the .ini refers to it).
ImGuiID dockspace_id();

// What a lesson shows: exactly three views, the first the largest, and the
// timeline lanes it puts first.
struct Lesson {
    std::vector<core::LessonView> views;
    std::vector<std::string> lanes;
    std::vector<std::string> marks;  // LessonFocus::marks
    bool operator==(const Lesson&) const = default;
};

// The lesson of `demo` (nullptr: none selected): its declared focus, else its
// group's, completed to three views.
Lesson lesson_for(const core::DemoInfo* demo);

// The panel title (panels.hpp) that shows `view`.
const char* panel_for(core::LessonView view);

// The position of the first pattern of `lanes` that `name` matches ("GIL*"
// matches "GIL (new)"), or lanes.size() when none does.
size_t lane_rank(const std::vector<std::string>& lanes, std::string_view name);

// Builds the lesson layout into the dock space, replacing whatever was there;
// `presentation` gives the left column and the second row more room (its
// text is larger).
void build_lesson_layout(ImGuiID dockspace, ImVec2 size, const Lesson& lesson, bool presentation);
// Shows the panel titled `title` (panels.hpp): its tab selected, its window
// focused. True once it shows; false while it has not been drawn yet or its
// tab is still to be selected (call again next frame).
bool bring_to_front(const char* title);
// Brings the lesson's views to the front of their tab bars (the others'
// tabs sit behind the third). Call after the panels were drawn; true once
// every view is docked and its tab selected (until then, call again next
// frame: tabs docked in a later frame take the selection when they appear).
bool select_lesson_tabs(const Lesson& lesson);

}  // namespace il::gui
