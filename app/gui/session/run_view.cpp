// app/gui/session/run_view.cpp — a frame's view of the session (see run_view.hpp).
#include "app/gui/session/run_view.hpp"

#include <algorithm>

namespace il::gui {

bool RunView::can_grant(uint16_t worker, bool time_out) const {
    if (step == nullptr || !step->stepping || !step->quiescent || step->automatic || !grant) return false;
    if (step->status != core::StepStatus::Running) return false;
    const core::Choice c{worker, time_out ? core::Grant::TimeOut : core::Grant::Proceed};
    return std::find(step->choices.begin(), step->choices.end(), c) != step->choices.end();
}

RunView run_view(RunSession& session) {
    RunView v;
    v.state = session.status().state;
    if (v.state == SessionState::Empty) return v;
    v.store = &session.store();
    v.snap = session.snapshot_ptr();
    if (session.step_view().stepping) v.step = &session.step_view();
    v.cycle = session.deadlock_cycle();
    if (v.cycle) v.cycle_text = session.describe_cycle();
    v.demo_id = session.config().demo_id;
    v.grant = [&session](uint16_t worker, bool time_out) { session.step(worker, time_out); };
    return v;
}

}  // namespace il::gui
