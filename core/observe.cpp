#include "core/observe.hpp"

#include <signal.h>

#include <algorithm>
#include <thread>

#include "core/futex.hpp"
#include "core/run_watch.hpp"

namespace il::core {

namespace {

struct Loop {
    RunHandle& run;
    const ObserveOptions& opt;
    Observation& out;
    int64_t deadline;

    void progress() {
        out.store.drain(run.arena());
        if (opt.on_progress) opt.on_progress(out.store);
    }
    bool timed_out() {
        if (monotonic_ns() <= deadline) return false;
        char buf[64];
        std::snprintf(buf, sizeof buf, "timed out after %g s", opt.timeout_s);
        out.outcome = buf;
        out.failed = true;
        return true;
    }
    bool stop_requested() {
        if (!opt.stop_requested) return false;
        std::string why = opt.stop_requested();
        if (why.empty()) return false;
        out.outcome = std::move(why);
        out.failed = true;
        out.interrupted = true;
        return true;
    }

    void steps() {
        StepController ctl(run.arena());
        ctl.set_params(opt.run.params);
        for (;;) {
            const bool still = ctl.wait_quiescent(100'000'000, [&] { return !run.poll(); });
            progress();
            if (run.poll() || timed_out() || stop_requested()) break;
            if (!still) continue;
            const auto choices = ctl.refresh();
            out.status = ctl.status();
            if (ctl.status() == StepStatus::Finished) {
                // Every worker is done; the run process is reaping orphans and exiting.
                run.wait(std::max<int64_t>(deadline - monotonic_ns(), 0));
                break;
            }
            if (ctl.status() != StepStatus::Running) {
                out.outcome = ctl.describe_status();
                out.failed = true;
                break;
            }
            std::string err;
            const auto c = opt.strategy->next(run.arena(), choices, err);
            if (!c) {
                out.outcome = "replay diverged: " + err;
                out.failed = true;
                break;
            }
            ctl.grant(*c);
        }
        // Checked here, whichever way the loop ended: the run process often
        // exits right after its last step, before a refresh() sees it finished.
        leftover(ctl);
        out.schedule = ctl.schedule();
        out.schedule_complete = ctl.schedule_complete();
    }

    // A replay that ends with steps of its schedule unused did not reproduce
    // the recorded run: a run that ended well becomes a failure; a deadlock,
    // stuck run or timeout (already a failure) says so in a note. A divergence
    // already says where the schedule stopped fitting.
    void leftover(const StepController& ctl) {
        const size_t unused = opt.strategy->unused_steps();
        if (unused == 0 || out.outcome.rfind("replay diverged", 0) == 0) return;
        const std::string what = describe_unused_steps(unused, unused + ctl.steps());
        if (!out.failed) {
            out.outcome = what;
            out.failed = true;
        } else {
            out.notes.push_back(what);
        }
    }

    void free_running() {
        RunWatch watch(run.arena());
        while (!run.poll()) {
            progress();
            if (stop_requested()) break;
            if (auto c = sweep_for_cycle(run.arena()); c && permanent_deadlock(run.arena(), *c)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));  // let the last events land
                out.outcome = "deadlock: " + describe(run.arena(), *c);
                out.failed = true;
                break;
            }
            if (auto stuck = watch.check(monotonic_ns())) {
                out.outcome = *stuck;
                out.failed = true;
                break;
            }
            if (timed_out()) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }
};

void crash_notes(const Arena& a, Observation& out) {
    for (const EndNote& n : process_end_notes(a)) {
        out.notes.push_back(n.text);
        if (!n.failure) continue;
        // A run that ended by itself after a worker process was killed did
        // not "complete": the outcome names the first such death.
        if (!out.failed && out.outcome == "completed") out.outcome = n.text;
        out.failed = true;
    }
}

}  // namespace

bool permanent_deadlock(const Arena& a, const Cycle& c) {
    return std::none_of(c.workers.begin(), c.workers.end(),
                        [&](uint16_t w) { return (a.worker(w).flags.load() & kWorkerHasTimeout) != 0; });
}

Observation observe_run(const ObserveOptions& opt) {
    Observation out;
    const bool stepping = is_stepped(opt.run.mode);
    if (stepping && !opt.strategy) throw std::invalid_argument("step and replay runs need a strategy");
    RunHandle run = RunHandle::start(opt.run);  // throws std::invalid_argument for a bad demo or parameter
    RunInfo info;
    info.demo_id = opt.run.demo_id;
    info.mode = stepping ? (opt.run.mode == DirectorMode::Step ? "step" : "replay")
                         : (opt.run.mode == DirectorMode::Slow ? "slow" : "run");
    info.params = opt.run.params;
    out.store.set_run_info(info);
    const int64_t t0 = monotonic_ns();
    Loop loop{run, opt, out, t0 + static_cast<int64_t>(opt.timeout_s * 1e9)};
    if (stepping) loop.steps();
    else loop.free_running();
    out.seconds = static_cast<double>(monotonic_ns() - t0) / 1e9;
    out.stopped = !run.poll();
    out.exit = out.stopped ? run.stop() : *run.exit();
    out.store.drain(run.arena());
    out.store.finish();
    out.cycle = reported_cycle(run.arena());
    out.store.set_deadlock_cycle(out.cycle);
    if (opt.on_progress) opt.on_progress(out.store);
    crash_notes(run.arena(), out);
    if (!out.failed && (out.stopped || !(out.exit.exited && out.exit.code == 0))) {
        out.outcome = "the run failed (" + out.exit.describe() + ")";
        out.failed = true;
    }
    if (!out.failed && out.cycle)
        out.notes.push_back("a deadlock formed and was broken by a timeout: " + describe(run.arena(), *out.cycle));
    return out;
}

}  // namespace il::core
