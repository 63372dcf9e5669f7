// tests/gui/run_panels_support.hpp — what the tests of the run-fed panels
// (wait-for graph, source, inspector, console, process tree) share: the
// two-lock deadlock as an in-process demo with its pinned schedule, a
// RunView over an arena the test holds, and an ImGui frame on the null
// backend (IM_ASSERT throws: imconfig_test.h) to draw a panel's body in.
//
// Thread rules: the doctest thread plays the observer; run_stepped's
// strategy and inspect callbacks run while every worker is parked.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app/gui/process_tree/process_tree_model.hpp"
#include "app/gui/session/run_view.hpp"
#include "core/common/arena.hpp"
#include "core/primitives/condition.hpp"
#include "core/observer/director.hpp"
#include "core/primitives/lock.hpp"
#include "core/primitives/queue.hpp"
#include "core/observer/schedule.hpp"
#include "core/primitives/semaphore.hpp"
#include "core/primitives/shared.hpp"
#include "core/primitives/sync_event.hpp"
#include "core/primitives/thread_local.hpp"
#include "core/trace/trace.hpp"
#include "imgui.h"

namespace il::test {

// MainThread starts Thread-1 and Thread-2; Thread-1 takes mutexA then wants
// mutexB, Thread-2 the other way round; MainThread joins them.
void two_lock_demo();
// Grants that close the cycle: both threads take their first lock, then ask
// for the second (8 steps; MainThread ends parked in join(Thread-1)).
core::Schedule two_lock_deadlock_schedule();
// Steps the two-lock demo to its deadlock by that schedule, drains it into a
// fresh store (its cycle set) and calls `at_end` while every worker is parked.
void at_two_lock_deadlock(const std::function<void(const core::Arena&, core::TraceStore&)>& at_end);

// Every kind of object the inspector shows, in a known state, made by the
// calling MainThread of an in-process run: rlock held twice, q holding [1, 2]
// of 3, ready set, seats at 1 of 2, counter 42, local.x set to 10 by Thread-1
// and 20 by Thread-2 (both finished), and lock held by MainThread (cond is
// over it). release() lets go of what MainThread holds.
struct ObjectScene {
    core::Lock lock{"lock"};
    core::RLock rlock{"rlock"};
    core::Queue<int64_t> queue{3, "q"};
    core::Event event{"ready"};
    core::Semaphore sem{2, "seats"};
    core::Shared<int64_t> counter{"counter", 41};
    core::ThreadLocal<int64_t> local{"local.x"};
    core::Condition cond{lock, "cond"};
    ObjectScene();
    void release();
};

// MainThread (a process) with Thread-1; Thread-1 forked Process-1 (a zombie);
// MainThread forked Process-2 (reaped) and Process-3 (an orphan, still
// running), which itself forked Process-3/Process-1 (not started) and runs
// Process-3/Thread-1 (a daemon).
std::vector<gui::WorkerRow> process_family();
// A store that knows that family's table, starts and prints ("hello from
// Thread-1", "hello from Process-3"), and Process-1's exit.
core::TraceStore process_family_store();

// A view over `arena` (kept alive by the caller) with `store` drained from it.
gui::RunView arena_view(const core::Arena& arena, const core::TraceStore& store, const gui::StepView* step,
                        gui::SessionState state = gui::SessionState::Live);
// A view of a store alone, as for a trace opened from a file.
gui::RunView store_view(const core::TraceStore& store);

// One ImGui context on the null backend with the app's style and fonts.
class PanelFrames {
public:
    explicit PanelFrames(ImVec2 display = ImVec2(1280, 800));
    ~PanelFrames();
    PanelFrames(const PanelFrames&) = delete;
    PanelFrames& operator=(const PanelFrames&) = delete;
    // Runs `n` frames, each drawing `body` inside one window that fills the
    // display; returns the text the last frame logged.
    std::string frames(int n, const std::function<void()>& body);
    ImVec2 display() const { return display_; }

private:
    ImVec2 display_;
};

}  // namespace il::test
