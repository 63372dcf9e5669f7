// app/gui/shell/staging.cpp — a scene set up from the command line; see staging.hpp.
#include "app/gui/shell/staging.hpp"

#include "core/common/i18n.hpp"

namespace il::gui {

bool Stage::start(UiState& state) {
    if (!request_.demo.empty()) state.select(request_.demo);
    if (const core::DemoInfo* demo = state.selected()) {
        core::Params& params = state.params_for(*demo);
        for (const std::string& assignment : request_.params) params.set(demo->params, assignment);
    }
    if (request_.find_bug) {
        state.find_bug().expect = request_.expect;
        return start_find_bug(state);
    }
    if (!request_.challenge.empty()) {
        complete_with_path(state, Command::OpenChallenge, request_.challenge);
        const core::Challenge* c = state.challenges().selected();
        if (state.controls().error || c == nullptr) return false;
        state.challenges().entry(c->id).predicted = request_.answer;
        if (request_.schedule_path.empty()) return true;
        try {
            const core::Schedule plan = core::Schedule::load(request_.schedule_path);
            if (request_.steps == 0) request_.steps = static_cast<uint32_t>(plan.steps.size());
            return play_challenge(state, &plan);
        } catch (const core::ScheduleError& e) {
            state.controls().error = UiMessage{i18n::tr("Could not start the challenge"), e.what()};
            return false;
        }
    }
    if (request_.mode == core::DirectorMode::Replay) {
        complete_with_path(state, Command::Replay, request_.schedule_path);
        return !state.controls().error.has_value();
    }
    return start_demo(state, request_.mode);
}

bool Stage::advance(UiState& state) {
    if (settled_) return true;
    RunSession& session = state.session();
    if (request_.find_bug) {
        const FindBug& fb = state.find_bug();
        if (fb.job.running()) return false;
        if (!fb.result || fb.result->verdict != core::ExploreVerdict::Found) return settled_ = true;
    }
    if (!request_.challenge.empty()) {
        if (request_.schedule_path.empty()) return settled_ = true;  // the challenge shown, not played
        if (state.challenges().judging()) return false;              // the verdict is part of the scene
    }
    if (session.status().state != SessionState::Live) return settled_ = true;
    const StepView& view = session.step_view();
    if (!view.stepping) return false;  // run/slow: settled when it ends
    if (!view.quiescent || view.automatic) return false;
    if (view.status == core::StepStatus::Waiting) return false;  // a worker in uninstrumented code comes back
    if (view.status != core::StepStatus::Running) return settled_ = true;
    if (granted_ < request_.steps) {
        if (session.plan() != nullptr) {
            if (!session.plan_choice()) return settled_ = true;  // the found schedule is used up
            session.step_plan();
        } else {
            session.step_any();
        }
        ++granted_;
        return false;
    }
    return settled_ = true;
}

}  // namespace il::gui
