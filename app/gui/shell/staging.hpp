// app/gui/shell/staging.hpp — a scene set up from the command line: start a demo in
// a mode at launch and, in step/replay mode, grant a number of steps
// (round-robin, as Step any) before the learner takes over. Screenshots for
// the docs and the tests use it to stage a scene headless, e.g. a deadlock
// stepped until its cycle closes, or the one Find a bug finds, 6 steps in:
//
//   interleave --demo deadlock.two_locks --mode step --steps 40 --screenshot d.png
//   interleave --demo lock.counter_race --find-bug --steps 6 --screenshot f.png
//
// Thread rules: GUI thread only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/gui/shell/ui_state.hpp"

namespace il::gui {

struct StageRequest {
    std::string demo;                  // empty with a schedule: the schedule's demo
    core::DirectorMode mode = core::DirectorMode::Run;
    std::vector<std::string> params;   // "name=value", already validated
    std::string schedule_path;         // replay: the schedule to follow
    uint32_t steps = 0;                // step/replay: grant this many after the start (and the schedule)
    // Find a bug first (find_bug.hpp); the schedule found opens in step mode
    // and `steps` of it are granted (none found: the scene is the verdict).
    bool find_bug = false;
    std::string expect;
    // A challenge file to open (challenge_play.hpp): with `schedule_path`,
    // played following it, `steps` of it (0: all), then judged.
    std::string challenge;
    std::string answer;
};

class Stage {
public:
    explicit Stage(StageRequest request) : request_(std::move(request)) {}

    // Selects the demo, applies the parameters and starts the run. False (and
    // state.controls().error set) when it could not start.
    bool start(UiState& state);
    // Once per frame, after the session was polled: grants the next requested
    // step when the run holds still. True once the scene is settled: the run
    // is over, or it holds still with every requested step granted, or nobody
    // can move (deadlock, stuck).
    bool advance(UiState& state);
    bool settled() const { return settled_; }
    uint32_t granted() const { return granted_; }

private:
    StageRequest request_;
    uint32_t granted_ = 0;
    bool settled_ = false;
};

}  // namespace il::gui
