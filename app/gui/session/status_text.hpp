// app/gui/session/status_text.hpp — the words of the status bar and of the state dump,
// built from the session's status: mode, time or steps, workers alive, events,
// drops, outcome, and how the outcome should be coloured.
//
// Pure functions: no ImGui, tested headless.
//
// Thread rules: none (plain data in, text out).
#pragma once

#include <string>
#include <string_view>

#include "app/gui/session/run_session.hpp"

namespace il::gui {

// How an outcome reads: neutral (nothing yet, running), good (completed),
// warning (stopped by the learner), bad (deadlock, stuck, crash, error).
enum class Tone { Neutral, Good, Warning, Bad };

// The words below are in the user's language (core/common/i18n.hpp); the
// state dump is in English.

std::string_view state_name(SessionState s);           // "no run", "live", "finished", "stopped", "opened"
// "run", "slow", "step", "replay"; a recorded run's mode as its trace names it
// (an unknown name as it is).
std::string_view mode_name(core::DirectorMode m);
std::string_view mode_name(std::string_view recorded);
// "12.3 s" in run/slow mode, "17 steps" (or "1 step") in step/replay mode.
std::string progress_text(const SessionStatus& st);
// The same for a run opened from a file: its length from the trace, on the
// axis of the mode it was recorded in ("2.5 s", "23 steps").
std::string recorded_length_text(const core::TraceStore& store);
// "3 workers alive" / "1 worker alive".
std::string workers_text(uint32_t alive);
// "1,234,567": thousands separated, for event counts.
std::string count_text(uint64_t n);
// The outcome as the status bar shows it: "running", "waiting for you",
// "completed", "deadlock: Thread-1 waits for …" …
std::string outcome_text(const SessionStatus& st, const StepView& view);
Tone outcome_tone(const SessionStatus& st);

// The session's state as "key: value" lines, for --dump-state and bug reports:
// state, mode, demo, steps, elapsed_s, workers_alive, events, dropped,
// outcome, failed, cycle, run_pid, worker_pids (space separated).
std::string state_dump(const RunSession& session);

}  // namespace il::gui
