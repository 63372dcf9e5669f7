// app/gui/session/status_text.cpp — status bar words and the state dump; see status_text.hpp.
#include "app/gui/session/status_text.hpp"

#include <cstdio>

#include "app/gui/session/pending_op.hpp"

namespace il::gui {

std::string_view state_name(SessionState s) {
    switch (s) {
        case SessionState::Empty: return "no run";
        case SessionState::Live: return "live";
        case SessionState::Finished: return "finished";
        case SessionState::Stopped: return "stopped";
        case SessionState::Loaded: return "opened";
    }
    return "?";
}

std::string progress_text(const SessionStatus& st) {
    if (core::is_stepped(st.mode))
        return std::to_string(st.steps) + (st.steps == 1 ? " step" : " steps");
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f s", st.elapsed_s);
    return buf;
}

std::string recorded_length_text(const core::TraceStore& store) {
    const std::string& mode = store.run_info().mode;
    if (mode == "step" || mode == "replay") {
        const int64_t steps = store.end_step();
        return std::to_string(steps) + (steps == 1 ? " step" : " steps");
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f s", static_cast<double>(store.end_ns()) / 1e9);
    return buf;
}

std::string workers_text(uint32_t alive) {
    return std::to_string(alive) + (alive == 1 ? " worker alive" : " workers alive");
}

std::string count_text(uint64_t n) {
    std::string digits = std::to_string(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<size_t>(i), ",");
    return digits;
}

std::string outcome_text(const SessionStatus& st, const StepView& view) {
    if (!st.outcome.empty()) return st.outcome;
    switch (st.state) {
        case SessionState::Empty: return "no run yet";
        case SessionState::Live:
            if (!view.stepping) return "running";
            if (view.automatic) return "stepping by itself";
            if (view.quiescent && view.status == core::StepStatus::Waiting)
                return "waiting for a worker in uninstrumented code to come back";
            return view.quiescent ? "waiting for you: choose who moves next" : "stepping";
        default: return std::string(state_name(st.state));
    }
}

Tone outcome_tone(const SessionStatus& st) {
    if (st.failed) return Tone::Bad;
    if (st.state == SessionState::Stopped) return Tone::Warning;
    if (st.state == SessionState::Finished) return Tone::Good;
    return Tone::Neutral;
}

namespace {

// "run_pid" and "worker_pids" of a run: what must be gone once the window is.
void append_pids(std::string& out, const core::RunSnapshot& snap) {
    out += "run_pid: " + std::to_string(snap.run_pid) + "\n";
    out += "worker_pids:";
    for (const core::WorkerView& w : snap.workers)
        if (w.known && w.kind == core::WorkerKind::Process && w.pid > 0) out += " " + std::to_string(w.pid);
    out += "\n";
}

}  // namespace

std::string state_dump(const RunSession& session) {
    const SessionStatus st = session.status();
    std::string out;
    out += "state: " + std::string(state_name(st.state)) + "\n";
    out += "mode: " + std::string(core::to_string(st.mode)) + "\n";
    out += "demo: " + st.demo_id + "\n";
    out += "steps: " + std::to_string(st.steps) + "\n";
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.3f", st.elapsed_s);
    out += "elapsed_s: " + std::string(elapsed) + "\n";
    out += "workers_alive: " + std::to_string(st.workers_alive) + "\n";
    out += "events: " + std::to_string(st.events) + "\n";
    out += "dropped: " + std::to_string(st.dropped) + "\n";
    out += "outcome: " + outcome_text(st, session.step_view()) + "\n";
    out += "failed: " + std::string(st.failed ? "true" : "false") + "\n";
    out += "cycle: " + session.describe_cycle() + "\n";
    if (const core::RunSnapshot& snap = session.snapshot(); snap.live) {
        append_pids(out, snap);
        for (const core::Choice& c : session.step_view().choices) out += "choice: " + choice_text(snap, c) + "\n";
    }
    return out;
}

}  // namespace il::gui
