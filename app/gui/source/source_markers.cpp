// app/gui/source/source_markers.cpp — each worker's place in the demo's source (see
// source_markers.hpp).
#include "app/gui/source/source_markers.hpp"

#include <algorithm>
#include <map>

#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

using core::WorkerState;

namespace {

// What a click on a live worker's marker does, or why it does nothing.
void decide_grant(const RunView& run, const core::WorkerView& w, SourceMarker& m) {
    if (run.step == nullptr) {  // not a stepping run: markers only show, with what blocks them
        if (m.state == WorkerState::Blocked) m.blocked = w.blocked_reason_short;
        return;
    }
    if (run.state != SessionState::Live) {
        m.why = tr("the run is over");
        return;
    }
    if (run.can_grant(m.worker)) {
        m.grantable = true;
        return;
    }
    if (run.can_grant(m.worker, true)) {
        m.grantable = m.time_out_only = true;
        return;
    }
    if (run.step->automatic) m.why = tr("steps are being granted automatically");
    else if (!run.step->quiescent) m.why = tr("the run is moving; a moment");
    else if (!w.blocked_reason.empty()) m.why = trf("blocked: {why}", {{"why", w.blocked_reason}});
    else m.why = tr("not offered now");
    if (m.state == WorkerState::Blocked) m.blocked = w.blocked_reason_short;
}

}  // namespace

std::vector<SourceMarker> source_markers(const RunView& run, uint32_t line_count) {
    if (!run.has_run()) return {};
    std::vector<SourceMarker> all;
    for (const core::WorkerView& w : run.snap->workers) {
        if (!w.known || w.done) continue;
        SourceMarker m;
        m.worker = w.index;
        m.name = w.name;
        m.state = w.state;
        m.line = w.line;
        m.op = w.call;
        if (run.live()) decide_grant(run, w, m);
        if (line_count > 0 && m.line > line_count) m.line = 0;  // not on a line of this file: a first step, an implicit join
        all.push_back(std::move(m));
    }
    return all;
}

std::vector<MarkerLine> stack_by_line(const std::vector<SourceMarker>& markers) {
    std::map<uint32_t, std::vector<size_t>> by_line;
    for (size_t i = 0; i < markers.size(); ++i) by_line[markers[i].line].push_back(i);
    std::vector<MarkerLine> out;
    out.reserve(by_line.size());
    for (auto& [line, idx] : by_line) {
        std::stable_sort(idx.begin(), idx.end(),
                         [&](size_t x, size_t y) { return markers[x].worker < markers[y].worker; });
        out.push_back({line, std::move(idx)});
    }
    return out;
}

}  // namespace il::gui
