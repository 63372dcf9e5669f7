// app/gui/source_markers.cpp — each worker's place in the demo's source (see
// source_markers.hpp).
#include "app/gui/source_markers.hpp"

#include <algorithm>
#include <map>

#include "app/gui/pending_op.hpp"
#include "core/deadlock.hpp"
#include "core/enabled.hpp"

namespace il::gui {

using core::Arena;
using core::ObjectKind;
using core::OpKind;
using core::WorkerState;

std::string blocked_reason(const Arena& a, uint16_t worker, bool name_lock) {
    const core::WorkerSlot& w = a.worker(worker);
    if (static_cast<WorkerState>(w.state.load(std::memory_order_acquire)) != WorkerState::Blocked) return "";
    const auto op = static_cast<OpKind>(w.pending_op.load(std::memory_order_relaxed));
    return wait_reason(a, worker, op, w.blocked_on.load(std::memory_order_acquire), name_lock);
}

namespace {

// What a click on a live worker's marker does, or why it does nothing.
void decide_grant(const RunView& run, SourceMarker& m) {
    if (run.step == nullptr) {  // not a stepping run: markers only show, with what blocks them
        if (m.state == WorkerState::Blocked) m.blocked = blocked_reason(*run.arena, m.worker, false);
        return;
    }
    if (run.state != SessionState::Live) {
        m.why = "the run is over";
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
    if (run.step->automatic) m.why = "steps are being granted automatically";
    else if (!run.step->quiescent) m.why = "the run is moving; a moment";
    else if (const std::string r = blocked_reason(*run.arena, m.worker); !r.empty()) m.why = "blocked: " + r;
    else m.why = "not offered now";
    if (m.state == WorkerState::Blocked) m.blocked = blocked_reason(*run.arena, m.worker, false);
}

std::vector<SourceMarker> markers_from_arena(const RunView& run) {
    const Arena& a = *run.arena;
    std::vector<SourceMarker> out;
    for (uint16_t i = 0; i < a.worker_count(); ++i) {
        const core::WorkerSlot& w = a.worker(i);
        if (!w.used.load(std::memory_order_acquire) || w.done.load(std::memory_order_acquire)) continue;
        const auto st = static_cast<WorkerState>(w.state.load(std::memory_order_acquire));
        if (st == WorkerState::Done || st == WorkerState::Zombie) continue;
        SourceMarker m;
        m.worker = i;
        m.name = std::string(a.worker_name(i));
        m.state = st;
        m.line = w.pending_line.load(std::memory_order_relaxed);
        m.op = pending_op(a, i).call;
        decide_grant(run, m);
        out.push_back(std::move(m));
    }
    return out;
}

// A blocked worker's call, guessed from what it waits on (a trace file has
// no pending operations).
std::string waiting_call(const core::TraceStore& s, uint32_t obj) {
    if (obj == core::kNoObject || obj >= s.object_count()) return "";
    const core::ObjectInfo& o = s.object(obj);
    const std::string name = o.name;
    switch (o.kind) {
        case ObjectKind::Lock:
        case ObjectKind::RLock:
        case ObjectKind::Semaphore:
        case ObjectKind::BoundedSemaphore:
        case ObjectKind::Gil: return name + ".acquire()";
        case ObjectKind::Event:
        case ObjectKind::Condition: return name + ".wait()";
        case ObjectKind::Worker: return name + ".join()";
        default: return "waits on " + name;
    }
}

std::vector<SourceMarker> markers_from_store(const core::TraceStore& s) {
    std::vector<SourceMarker> out;
    for (size_t i = 0; i < s.worker_count(); ++i) {
        const auto w = static_cast<uint16_t>(i);
        const auto iv = s.intervals(w);
        if (iv.empty() || !s.worker(w).known) continue;
        const core::StateInterval& last = iv.back();
        if (last.state == WorkerState::Done || last.state == WorkerState::Zombie) continue;
        SourceMarker m;
        m.worker = w;
        m.name = std::string(s.worker_name(w));
        m.state = last.state;
        m.line = last.line;
        if (last.state == WorkerState::Blocked || last.state == WorkerState::Ready) m.op = waiting_call(s, last.object);
        out.push_back(std::move(m));
    }
    return out;
}

}  // namespace

std::vector<SourceMarker> source_markers(const RunView& run, uint32_t line_count) {
    if (!run.has_run()) return {};
    std::vector<SourceMarker> all = run.arena ? markers_from_arena(run) : markers_from_store(*run.store);
    for (SourceMarker& m : all)  // not on a line of this file: a worker's first step, an implicit join at exit
        if (line_count > 0 && m.line > line_count) m.line = 0;
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
