// app/gui/explore/find_bug.cpp — "Find a bug" in the window; see find_bug.hpp.
#include "app/gui/explore/find_bug.hpp"

#include <algorithm>
#include <exception>

#include "app/gui/shell/ui_state.hpp"
#include "core/common/i18n.hpp"
#include "core/explore/expect.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {
// A search the window starts ends on its own within this long (its result
// then says how far it got); Cancel ends it sooner.
constexpr double kWindowSearchSeconds = 60;
}  // namespace

bool start_find_bug(UiState& state) {
    FindBug& fb = state.find_bug();
    const core::DemoInfo* demo = selected_for_run(state);
    if (demo == nullptr) return false;
    core::ExploreOptions o;
    o.run.demo_id = demo->id;
    o.run.params = state.params_for(*demo).to_assignments();
    o.max_preemptions = std::clamp(fb.max_preemptions, 0, kMaxFindPreemptions);
    o.max_seconds = kWindowSearchSeconds;
    o.reduce = core::reduce_by_default(demo->id);
    o.switching = true;
    if (fb.random) o.random_runs = kRandomRuns;
    if (!fb.expect.empty()) {
        try {
            o.expect = core::Expectation::parse(fb.expect);
        } catch (const core::ExpectError& e) {
            state.controls().error = UiMessage{tr("Could not start the search"), e.what()};
            return false;
        }
    }
    state.session().stop();  // the search's runs and the learner's would compete for the cores
    fb.result.reset();
    fb.searched = demo->id;
    fb.show_panel = true;  // the progress bar and Cancel are in the panel
    fb.job.start(std::move(o));
    return true;
}

bool poll_find_bug(UiState& state) {
    FindBug& fb = state.find_bug();
    auto r = fb.job.take_result();
    if (!r) return false;
    fb.result = std::move(*r);
    fb.show_panel = true;
    if (fb.result->verdict == core::ExploreVerdict::Found) open_found(state);
    return true;
}

bool open_found(UiState& state) {
    const FindBug& fb = state.find_bug();
    if (!fb.result || fb.result->verdict != core::ExploreVerdict::Found) return false;
    const core::Schedule& found = fb.result->schedule;
    state.select(found.demo);
    SessionConfig config;
    config.demo_id = found.demo;
    config.params = found.params;
    config.mode = core::DirectorMode::Step;
    config.slow_delay_us = state.controls().slow_delay_us;
    // Explore granted every worker, a pool's own threads too: so does the learner following it.
    config.show_internals = true;
    config.plan = found;
    try {
        state.session().start(config);
    } catch (const std::exception& e) {
        state.controls().error = UiMessage{tr("Could not open the schedule found"), e.what()};
        return false;
    }
    return true;
}

std::string verdict_line(const core::ExploreResult& r) {
    switch (r.verdict) {
        case core::ExploreVerdict::Found:
            return r.preemptions == 1 ? trf("Bug found with 1 preemption: {reason}", {{"reason", r.reason}})
                                      : trf("Bug found with {n} preemptions: {reason}",
                                            {{"n", std::to_string(r.preemptions)}, {"reason", r.reason}});
        case core::ExploreVerdict::None: return trf("No bug in {covered}.", {{"covered", core::describe(r)}});
        case core::ExploreVerdict::OutOfBudget:
            return r.cancelled ? trf("Cancelled before a bug was found: {covered}.", {{"covered", core::describe(r)}})
                               : trf("Time ran out before a bug was found: {covered}.", {{"covered", core::describe(r)}});
        case core::ExploreVerdict::Error: return trf("Could not explore: {error}", {{"error", r.error}});
    }
    return {};
}

}  // namespace il::gui
