// app/gui/explore/challenge_play.cpp — challenges in the window; see challenge_play.hpp.
#include "app/gui/explore/challenge_play.hpp"

#include <algorithm>
#include <chrono>
#include <exception>
#include <sstream>

#include "app/gui/shell/ui_state.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {
// A par search in the window gives up after this long (its result says how far it got).
constexpr double kParSearchSeconds = 60;
}  // namespace

void ChallengePlay::ensure_loaded() {
    if (!loaded_) reload();
}

void ChallengePlay::reload() {
    loaded_ = true;
    const std::string keep = selected() ? selected()->id : std::string();
    errors_.clear();
    list_ = core::load_challenges(core::challenges_dir(), errors_);
    for (const std::string& path : opened_) {
        try {
            core::Challenge c = core::Challenge::load(path);
            std::erase_if(list_, [&](const core::Challenge& o) { return o.id == c.id; });
            list_.push_back(std::move(c));
        } catch (const core::ChallengeError& e) {
            errors_.push_back(e.what());
        }
    }
    selected_ = 0;
    for (size_t i = 0; i < list_.size(); ++i)
        if (list_[i].id == keep) selected_ = i;
}

bool ChallengePlay::open_file(const std::string& path, std::string& error) {
    ensure_loaded();
    core::Challenge c;
    try {
        c = core::Challenge::load(path);
    } catch (const core::ChallengeError& e) {
        error = e.what();
        return false;
    }
    if (std::find(opened_.begin(), opened_.end(), path) == opened_.end()) opened_.push_back(path);
    if (auto it = entries_.find(c.id); it != entries_.end()) {  // another text, maybe: par and verdicts are stale
        it->second->par.reset();
        it->second->last.reset();
    }
    // A teacher's file with a listed challenge's id (or the same file, read again) takes its place.
    const auto same = std::find_if(list_.begin(), list_.end(),
                                   [&](const core::Challenge& o) { return o.id == c.id || o.path == path; });
    if (same != list_.end()) {
        *same = std::move(c);
        select(static_cast<size_t>(same - list_.begin()));
        return true;
    }
    list_.push_back(std::move(c));
    select(list_.size() - 1);
    return true;
}

const core::Challenge* ChallengePlay::selected() const { return selected_ < list_.size() ? &list_[selected_] : nullptr; }

void ChallengePlay::select(size_t index) {
    if (index < list_.size()) selected_ = index;
    scroll_to_selected_ = true;
    select_target_ = true;
}

ChallengeEntry& ChallengePlay::entry(const std::string& id) {
    auto it = entries_.find(id);
    if (it == entries_.end()) it = entries_.emplace(id, std::make_unique<ChallengeEntry>()).first;
    return *it->second;
}

const ChallengeEntry* ChallengePlay::find_entry(const std::string& id) const {
    const auto it = entries_.find(id);
    return it == entries_.end() ? nullptr : it->second.get();
}

std::string ChallengePlay::progress_text() const {
    std::string out;
    for (const auto& [id, e] : entries_) {
        if (!e->solved || id.find_first_of(",:\n\r") != std::string::npos) continue;
        out += (out.empty() ? "" : ",") + id + ":" + std::to_string(e->best_preemptions) + ":" + std::to_string(e->best_steps);
    }
    return out;
}

void ChallengePlay::load_progress(const std::string& text) {
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const size_t a = item.find(':'), b = item.rfind(':');
        if (a == std::string::npos || a == b || a == 0) continue;  // not ours: ignored, like any stale ini line
        try {
            const int p = std::stoi(item.substr(a + 1, b - a - 1));
            const unsigned long steps = std::stoul(item.substr(b + 1));
            ChallengeEntry& e = entry(item.substr(0, a));
            e.solved = true;
            e.best_preemptions = p;
            e.best_steps = steps;
        } catch (const std::exception&) {
        }
    }
}

bool play_challenge(UiState& state, const core::Schedule* plan) {
    ChallengePlay& play = state.challenges();
    const core::Challenge* c = play.selected();
    const auto refuse = [&](std::string why) {
        state.controls().error = UiMessage{tr("Could not start the challenge"), std::move(why)};
        return false;
    };
    if (c == nullptr) return refuse(tr("No challenge is selected."));
    ChallengeEntry& e = play.entry(c->id);
    if (c->predict && e.predicted.empty()) return refuse(tr("Answer the question first: predict, then play."));
    const core::DemoInfo* demo = core::Registry::find(c->target);
    if (demo == nullptr)
        return refuse(trf("its target '{target}' is neither a demo of this build nor a readable .py file",
                          {{"target", c->target}}));
    state.select(demo->id);
    state.reset_params(*demo);
    core::Params& params = state.params_for(*demo);
    for (const std::string& a : c->params)
        if (const std::string err = params.set(demo->params, a); !err.empty())
            return refuse(trf("its parameter {assignment}: {error}", {{"assignment", a}, {"error", err}}));
    SessionConfig config;
    config.demo_id = demo->id;
    config.params = params.to_assignments();
    config.mode = core::DirectorMode::Step;
    config.slow_delay_us = state.controls().slow_delay_us;
    config.show_internals = state.controls().show_internals;
    if (plan != nullptr) config.plan = *plan;
    try {
        state.session().start(config);
    } catch (const std::exception& ex) {
        return refuse(ex.what());
    }
    play.show_panel = true;  // the goal, the hints and the verdict stay in view while the learner plays
    play.playing_ = c->id;
    play.playing_demo_ = demo->id;
    play.playing_plan_ = plan != nullptr;
    play.judged_ = false;
    e.last.reset();
    e.last_error.clear();
    return true;
}

void poll_challenges(UiState& state) {
    ChallengePlay& play = state.challenges();
    for (auto& [id, e] : play.entries_)
        if (auto r = e->par_job.take_result()) e->par = std::move(*r);
    const RunSession& s = state.session();
    // The learner started something else: another target, a saved run, or a
    // schedule Find a bug found (following it is not playing the challenge).
    if (!play.playing_.empty() && (s.config().demo_id != play.playing_demo_ || s.status().state == SessionState::Loaded ||
                                   (s.plan() != nullptr && !play.playing_plan_)))
        play.playing_.clear();
    if (!play.playing_.empty()) {
        const SessionState st = s.status().state;
        const core::StepStatus step = s.step_view().status;
        if (st == SessionState::Live && step == core::StepStatus::Running) play.judged_ = false;  // a new attempt (Undo, Restart)
        const bool ended = st == SessionState::Finished ||
                           (st == SessionState::Live && (step == core::StepStatus::Deadlock || step == core::StepStatus::Stuck));
        const auto c = std::find_if(play.list_.begin(), play.list_.end(),
                                    [&](const core::Challenge& x) { return x.id == play.playing_; });
        if (ended && !play.judged_ && !play.judging_.valid() && c != play.list_.end() && s.schedule_steps() > 0 &&
            s.schedule_complete()) {
            play.judged_ = true;
            core::Schedule schedule = s.schedule();
            schedule.demo = c->target;
            play.judging_id_ = c->id;
            play.judging_ = std::async(std::launch::async, [challenge = *c, schedule = std::move(schedule)] {
                return core::check(challenge, schedule);
            });
        }
    }
    if (play.judging_.valid() && play.judging_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        ChallengeEntry& e = play.entry(play.judging_id_);
        e.show_verdict = true;
        try {
            const core::CheckResult r = play.judging_.get();
            e.last = r;
            e.last_error.clear();
            const bool better = !e.solved || e.best_preemptions < 0 || r.preemptions < e.best_preemptions ||
                                (r.preemptions == e.best_preemptions && r.steps < e.best_steps);
            if (r.pass && better) {
                e.best_preemptions = r.preemptions;
                e.best_steps = r.steps;
            }
            e.solved = e.solved || r.pass;
        } catch (const std::exception& ex) {
            e.last.reset();
            e.last_error = ex.what();
        }
    }
}

void seek_par(UiState& state) {
    ChallengePlay& play = state.challenges();
    const core::Challenge* c = play.selected();
    if (c == nullptr) return;
    ChallengeEntry& e = play.entry(c->id);
    if (e.par || e.par_job.running()) return;
    core::ExploreOptions o = core::solve_options(*c);
    o.max_seconds = kParSearchSeconds;
    e.par_job.start(std::move(o));
}

}  // namespace il::gui
