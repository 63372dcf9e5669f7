// core/observer/observe.hpp — a whole run, observed headless and to its end: the
// command line's loop over core/observer/observer.hpp (the one observer, which the
// window polls once a frame instead). In step/replay mode a strategy grants
// every step, and a deadlock or stuck run, which the window would keep for
// the learner, is ended.
//
// The CLI prints what this returns; demo tests assert on it.
//
// Thread rules: observe_run blocks the calling thread until the run is over;
// on_progress is called on that thread after every drain.
#pragma once

#include <functional>

#include "core/common/i18n.hpp"
#include <optional>
#include <string>
#include <vector>

#include "core/common/deadlock.hpp"
#include "core/observer/director.hpp"
#include "core/observer/observer.hpp"
#include "core/observer/run.hpp"
#include "core/trace/trace.hpp"

namespace il::core {

struct ObserveOptions {
    RunOptions run;
    Strategy* strategy = nullptr;  // step/replay: picks each grant (required there)
    double timeout_s = 60;
    std::function<void(const TraceStore&)> on_progress;
    // Asked after every drain, on the observing thread. A non-empty answer
    // stops the run as Stop does (its process group killed, everything
    // reaped), and becomes the outcome ("interrupted by SIGINT"); what was
    // recorded is still drained and returned. The CLI's Ctrl+C and a failing
    // stdout end a run this way.
    std::function<std::string()> stop_requested;
};

struct Observation {
    std::string outcome = "completed";  // (set by the observer, in the run's language)  // "completed", "deadlock: …", "stuck: …", "timed out after …", …
    bool failed = false;                // a deadlock, stuck run, crash, timeout, divergence or failed run
    std::vector<std::string> notes;     // "Process-2 killed by SIGSEGV", a deadlock broken by a timeout …
    RunExit exit;
    bool stopped = false;               // the observer killed the run
    bool interrupted = false;           // ... because stop_requested asked it to
    double seconds = 0;
    std::optional<Cycle> cycle;         // the deadlock reported in the arena, if any
    StepStatus status = StepStatus::Running;  // step/replay: how stepping ended
    Schedule schedule;                  // step/replay: what was granted
    bool schedule_complete = true;      // false: too many steps to keep (StepController::kMaxRecordedSteps)
    TraceStore store;                   // everything, finished
    std::string run_end() const { return stopped ? i18n::tr("stopped by interleave") : exit.describe(); }
};

Observation observe_run(const ObserveOptions& options);

}  // namespace il::core
