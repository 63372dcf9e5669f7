// app/gui/session/status_text.cpp — status bar words and the state dump; see status_text.hpp.
#include "app/gui/session/status_text.hpp"

#include <cstdio>

#include "app/gui/session/pending_op.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

// The English words (the state dump's); tr() gives the user's.
std::string_view state_key(SessionState s) {
    switch (s) {
        case SessionState::Empty: return N_("no run");
        case SessionState::Live: return N_("live");
        case SessionState::Finished: return N_("finished");
        case SessionState::Stopped: return N_("stopped");
        case SessionState::Loaded: return N_("opened");
    }
    return "?";
}

std::string steps_text(int64_t steps) {
    return steps == 1 ? trf("{n} step", {{"n", "1"}}) : trf("{n} steps", {{"n", std::to_string(steps)}});
}

// The outcome in English: the run's own (already in its words), or one of ours.
std::string outcome_key(const SessionStatus& st, const StepView& view) {
    if (!st.outcome.empty()) return st.outcome;
    switch (st.state) {
        case SessionState::Empty: return N_("no run yet");
        case SessionState::Live:
            if (!view.stepping) return N_("running");
            if (view.automatic) return N_("stepping by itself");
            if (view.quiescent && view.status == core::StepStatus::Waiting)
                return N_("waiting for a worker in uninstrumented code to come back");
            return view.quiescent ? N_("waiting for you: choose who moves next") : N_("stepping");
        default: return std::string(state_key(st.state));
    }
}

}  // namespace

std::string_view state_name(SessionState s) { return tr(state_key(s)); }

std::string_view mode_name(core::DirectorMode m) {
    switch (m) {
        case core::DirectorMode::Run: return tr(N_("run"));
        case core::DirectorMode::Slow: return tr(N_("slow"));
        case core::DirectorMode::Step: return tr(N_("step"));
        case core::DirectorMode::Replay: return tr(N_("replay"));
    }
    return "?";
}

std::string_view mode_name(std::string_view recorded) {
    const auto m = core::parse_director_mode(recorded);
    return m ? mode_name(*m) : recorded;
}

std::string progress_text(const SessionStatus& st) {
    if (core::is_stepped(st.mode)) return steps_text(st.steps);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f s", st.elapsed_s);
    return buf;
}

std::string recorded_length_text(const core::TraceStore& store) {
    const std::string& mode = store.run_info().mode;
    if (mode == "step" || mode == "replay") {
        return steps_text(store.end_step());
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f s", static_cast<double>(store.end_ns()) / 1e9);
    return buf;
}

std::string workers_text(uint32_t alive) {
    return alive == 1 ? trf("{n} worker alive", {{"n", "1"}}) : trf("{n} workers alive", {{"n", std::to_string(alive)}});
}

std::string count_text(uint64_t n) {
    std::string digits = std::to_string(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<size_t>(i), ",");
    return digits;
}

std::string outcome_text(const SessionStatus& st, const StepView& view) {
    if (!st.outcome.empty()) return st.outcome;
    return std::string(tr(outcome_key(st, view)));
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
    // In English whatever the language: scripts and bug reports read it.
    out += "state: " + std::string(state_key(st.state)) + "\n";
    out += "mode: " + std::string(core::to_string(st.mode)) + "\n";
    out += "demo: " + st.demo_id + "\n";
    out += "steps: " + std::to_string(st.steps) + "\n";
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.3f", st.elapsed_s);
    out += "elapsed_s: " + std::string(elapsed) + "\n";
    out += "workers_alive: " + std::to_string(st.workers_alive) + "\n";
    out += "events: " + std::to_string(st.events) + "\n";
    out += "dropped: " + std::to_string(st.dropped) + "\n";
    out += "outcome: " + outcome_key(st, session.step_view()) + "\n";
    out += "failed: " + std::string(st.failed ? "true" : "false") + "\n";
    out += "cycle: " + session.describe_cycle() + "\n";
    if (const core::RunSnapshot& snap = session.snapshot(); snap.live) {
        append_pids(out, snap);
        for (const core::Choice& c : session.step_view().choices) out += "choice: " + choice_text(snap, c, true) + "\n";
    }
    return out;
}

}  // namespace il::gui
