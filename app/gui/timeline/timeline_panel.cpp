// app/gui/timeline/timeline_panel.cpp — the Timeline panel: feeds the session's run
// (live, finished, or opened from a file) to the Timeline (timeline.hpp),
// whose lanes draw it. Until there is a run it explains itself and shows the
// colour key it will use.
#include <string>

#include "app/gui/shell/layout.hpp"
#include "app/gui/shell/panels.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/timeline/timeline.hpp"
#include "app/gui/shell/widgets.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;

namespace {

// The demo's own source, for the line texts in tooltips (empty when unknown).
std::string_view demo_source(const std::string& demo_id) {
    const core::DemoInfo* demo = core::Registry::find(demo_id);
    if (demo == nullptr || demo->source_file.empty()) return {};
    return core::Registry::source(demo->source_file).value_or(std::string_view{});
}

bool stepped(const core::TraceStore& store) {
    const std::string& mode = store.run_info().mode;
    return mode == "step" || mode == "replay";
}

}  // namespace

TimelinePanel::TimelinePanel() : Panel(panel_title::kTimeline), timeline_(std::make_unique<Timeline>()) {}
TimelinePanel::~TimelinePanel() = default;

void TimelinePanel::draw_content(UiState& state) {
    RunSession& session = state.session();
    const SessionState run_state = session.status().state;
    if (run_state == SessionState::Empty) {
        empty_state(tr(kNoRunYet),
                    tr("During a run every worker gets a lane coloured by its state, every lock a lane showing who holds it, and queues and the GIL lanes of their own. Zoom with the mouse wheel, pan by dragging, hover for details; the axis is wall-clock time, or steps in step mode."));
        ImGui::Spacing();
        timeline_->draw_legend();
        return;
    }
    TimelineFeed feed;
    feed.store = &session.store();
    feed.live = run_state == SessionState::Live;
    feed.step_mode = stepped(session.store());
    feed.step = &session.step_view();
    feed.grant = [&session](uint16_t worker, bool time_out) { session.step(worker, time_out); };
    feed.demo_source = demo_source(session.store().run_info().demo_id);
    const Lesson lesson = lesson_for(core::Registry::find(session.store().run_info().demo_id));
    feed.focus_lanes = lesson.lanes;
    feed.focus_marks = lesson.marks;
    timeline_->draw(feed);
}

}  // namespace il::gui
