// app/gui/session/run_view.hpp — what the run-fed panels (wait-for graph, source,
// inspector, console, process tree) draw from: one frame's read-only view of
// the session, plus the one command they may send back (grant a step).
//
// Panels draw a model, never poke the run (STYLE.md lesson 4): they read the
// run snapshot (core/observer/snapshot.hpp: workers, objects, who waits for what —
// the same model for a live run and a saved one) and the trace store, and a
// click on a source marker goes back through `grant`, which RunSession checks
// against the choices it offers. Panels never see the arena. Tests build a
// RunView over a snapshot of an in-process arena and a store they fill
// themselves, so the panels' drawing code runs headless without a run process.
//
// Thread rules: GUI thread only; valid for one frame.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/gui/session/run_session.hpp"
#include "core/common/deadlock.hpp"
#include "core/observer/snapshot.hpp"
#include "core/trace/trace.hpp"

namespace il::gui {

struct RunView {
    SessionState state = SessionState::Empty;
    const core::TraceStore* store = nullptr;  // set whenever state != Empty
    std::shared_ptr<const core::RunSnapshot> snap;  // set whenever state != Empty (live: the arena now)
    const StepView* step = nullptr;           // nullptr: not a stepping run
    std::optional<core::Cycle> cycle;         // the deadlock cycle, if one formed
    std::string cycle_text;                   // "Thread-1 waits for lock_b held by Thread-2, which ..."
    std::string demo_id;                      // the run's demo
    // Grants one step to a worker (time_out: let its timed wait expire). Empty: not offered.
    std::function<void(uint16_t worker, bool time_out)> grant;

    bool has_run() const { return state != SessionState::Empty && store != nullptr && snap != nullptr; }
    bool live() const { return snap != nullptr && snap->live; }  // from a run's arena (live or kept)
    // True when `worker` may be granted now (and with which grant).
    bool can_grant(uint16_t worker, bool time_out = false) const;
};

// The view of `session` for this frame.
RunView run_view(RunSession& session);

}  // namespace il::gui
