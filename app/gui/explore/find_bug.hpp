// app/gui/explore/find_bug.hpp — "Find a bug": explore mode in the window.
//
// The learner picks a demo or a Python program, may state what must hold at
// the end ("counter == 200") and how many preemptions to search, and asks
// Interleave to find a schedule that goes wrong. The search runs in the
// background (session/explore_job.hpp) while the window shows its progress;
// when it finds one, the failing schedule opens at once as a step-mode run
// that follows it (SessionConfig::plan): the learner walks through the bug
// one step at a time (Next step), or plays it to the end, with the story of
// who did what beside the timeline (explore_panel.cpp).
//
// No ImGui here: tested headless, with real searches.
//
// Thread rules: GUI thread only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/gui/session/explore_job.hpp"
#include "core/explore/explore.hpp"

namespace il::gui {

class UiState;

struct FindBug {
    int max_preemptions = 2;       // the bound searched (0 to kMaxFindPreemptions)
    std::string expect;            // what must hold at the end, as typed; "" for none
    bool random = false;           // then kRandomRuns random schedules (PCT) when the bound finds nothing
    ExploreJob job;
    // The last search's result, and what it searched (its target, for the panel's title).
    std::optional<core::ExploreResult> result;
    std::string searched;
    // Set when a search starts and when its result arrives: the panel comes to the front once.
    bool show_panel = false;
};

inline constexpr int kMaxFindPreemptions = 4;
inline constexpr uint64_t kRandomRuns = 500;

// Starts the search on the selected demo or program with its edited
// parameters. False (controls().error set) when it cannot start: nothing
// selected, or a condition that does not parse.
bool start_find_bug(UiState& state);
// Once per frame: takes the search's result when it has ended; a bug found
// opens at once (open_found). True when a result arrived this frame.
bool poll_find_bug(UiState& state);
// Starts the found schedule as a step-mode run that follows it, from its
// first step. False (controls().error set) when it cannot start.
bool open_found(UiState& state);

// The result in one line for the panel and the status bar: "Bug found with
// 1 preemption: deadlock: …", "No bug in every schedule with up to 2
// preemptions (37 runs)", …
std::string verdict_line(const core::ExploreResult& r);

}  // namespace il::gui
