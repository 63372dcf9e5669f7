// app/gui/shell/theme.hpp — the window's look: colours named by what they mean, the
// base sizes, and the UI scale every pixel constant is multiplied by.
//
// Colours come from the Okabe–Ito palette, whose hues stay distinguishable
// under the common colour-vision deficiencies; a state is never told apart by
// colour alone (lanes and legends also carry a label).
//
// Thread rules: GUI thread only.
#pragma once

#include "imgui.h"

namespace il::gui {

namespace colour {
// Worker states (timeline lanes, process tree, legends).
inline constexpr ImU32 kRunning = IM_COL32(0, 158, 115, 255);     // bluish green
inline constexpr ImU32 kReady = IM_COL32(86, 180, 233, 255);      // sky blue
inline constexpr ImU32 kBlocked = IM_COL32(230, 159, 0, 255);     // orange
inline constexpr ImU32 kSleeping = IM_COL32(204, 121, 167, 255);  // reddish purple
inline constexpr ImU32 kDone = IM_COL32(128, 128, 128, 255);      // grey
inline constexpr ImU32 kOutside = IM_COL32(176, 164, 120, 255);   // khaki: in code nobody observes

// Lock ownership and wait-for edges.
inline constexpr ImU32 kHolds = IM_COL32(0, 114, 178, 255);            // blue
inline constexpr ImU32 kHoldsContended = IM_COL32(240, 228, 66, 255);  // yellow: held while others wait
inline constexpr ImU32 kWaits = kBlocked;
inline constexpr ImU32 kDeadlockCycle = IM_COL32(213, 94, 0, 255);  // vermillion

// Timeline (timeline_*.cpp): the state before start, queue levels, markers
// (their shape says which event), hand-off arrows, lane surfaces.
inline constexpr ImU32 kNotStarted = IM_COL32(62, 66, 78, 255);     // dim slate: created, not started
inline constexpr ImU32 kQueueLevel = IM_COL32(150, 140, 215, 255);  // lavender: items in a queue
inline constexpr ImU32 kQueueFull = kHoldsContended;                // at capacity: producers block
inline constexpr ImU32 kMarker = IM_COL32(245, 245, 245, 255);
inline constexpr ImU32 kMarkerOutline = IM_COL32(16, 17, 20, 255);
inline constexpr ImU32 kMarkerTimeout = kHoldsContended;
inline constexpr ImU32 kMarkerAlert = kDeadlockCycle;               // deadlock, stuck, error
inline constexpr ImU32 kHandOff = IM_COL32(235, 238, 245, 220);     // a release → the worker it woke
inline constexpr ImU32 kTextOnBar = IM_COL32(16, 17, 20, 255);      // text on a bright bar
inline constexpr ImU32 kLaneBackground = IM_COL32(28, 30, 37, 255);
inline constexpr ImU32 kLaneBackgroundAlt = IM_COL32(34, 36, 44, 255);
inline constexpr ImU32 kGridLine = IM_COL32(255, 255, 255, 26);

// Text and surfaces.
inline constexpr ImU32 kTextMuted = IM_COL32(160, 166, 178, 255);
inline constexpr ImU32 kTextHeading = IM_COL32(235, 238, 245, 255);
inline constexpr ImU32 kTextError = IM_COL32(255, 120, 90, 255);
inline constexpr ImU32 kTextWarning = IM_COL32(240, 190, 90, 255);  // amber: stopped, replaced, wait
inline constexpr ImU32 kTextSuccess = IM_COL32(110, 205, 160, 255);  // green: a run that completed
// The status bar's outcome chip, behind light text: readable from the back of a room.
inline constexpr ImU32 kOutcomeBadFill = IM_COL32(150, 40, 30, 255);    // deadlock, stuck, crash
inline constexpr ImU32 kOutcomeGoodFill = IM_COL32(20, 100, 70, 255);   // completed
inline constexpr ImU32 kOutcomeWarnFill = IM_COL32(120, 85, 20, 255);   // stopped
inline constexpr ImU32 kCodeBackground = IM_COL32(22, 24, 30, 255);
inline constexpr ImU32 kLineNumber = IM_COL32(110, 116, 128, 255);
inline constexpr ImU32 kWindowClear = IM_COL32(18, 19, 23, 255);

// Wait-for graph nodes, source markers, process states.
inline constexpr ImU32 kNodeFill = IM_COL32(36, 40, 50, 255);
inline constexpr ImU32 kNodeFillHovered = IM_COL32(54, 60, 76, 255);
inline constexpr ImU32 kMarkedLine = IM_COL32(255, 255, 255, 22);  // a source line a worker is paused on
inline constexpr ImU32 kZombie = IM_COL32(240, 228, 66, 255);      // yellow: exited, not yet waited for
inline constexpr ImU32 kOrphan = IM_COL32(204, 121, 167, 255);     // reddish purple: its parent exited first
}  // namespace colour

// Font size in pixels before any scaling (the embedded scalable font).
inline constexpr float kBaseFontSize = 16.0f;
// Headings are this much larger than body text.
inline constexpr float kHeadingFontScale = 1.3f;

// The factor every pixel constant is multiplied by: the monitor's content
// scale (DPI) times the user's scale (the presentation size, for projectors).
float ui_scale();
float dpi_scale();
float user_scale();
// Set by the window when the monitor changes; takes effect in apply_style().
void set_dpi_scale(float scale);
// The presentation-size hook; takes effect in apply_style().
void set_user_scale(float scale);

// Rebuilds the ImGui style for the current ui_scale(): colours, rounding,
// spacing, font size. Call between frames, never inside one.
void apply_style();

}  // namespace il::gui
