// app/cli/cli.cpp — `interleave list` and `interleave run`: the headless front
// end. It is an observer like the window: it starts the run process, drains
// the arena into a TraceStore, prints the console as it happens, drives step
// mode with a policy or a schedule, and ends with a summary.
#include "app/cli/cli.hpp"

#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/cli/cli_options.hpp"
#include "core/deadlock.hpp"
#include "core/director.hpp"
#include "core/futex.hpp"
#include "core/registry.hpp"
#include "core/run.hpp"
#include "core/trace.hpp"
#include "core/trace_export.hpp"
#include "core/trace_file.hpp"

namespace il::app {

namespace {

using namespace il::core;

int cmd_list() {
    std::string group;
    for (const DemoInfo& d : Registry::all()) {
        if (d.group != group) {
            group = d.group;
            std::printf("%s%s\n", group == Registry::all().front().group ? "" : "\n", group.c_str());
        }
        std::printf("  %-28s %s\n", d.id.c_str(), d.summary.c_str());
    }
    return 0;
}

// Prints console lines the store has gathered since the last call.
class ConsolePrinter {
public:
    void flush(const TraceStore& store, bool quiet) {
        const auto lines = store.console();
        for (; next_ < lines.size(); ++next_) {
            if (quiet) continue;
            const ConsoleLine& c = lines[next_];
            std::string text(store.text(c.text));
            if (!text.empty() && text.back() == '\n') text.pop_back();
            std::printf("[%s] %s\n", std::string(store.worker_name(c.worker)).c_str(), text.c_str());
        }
        std::fflush(stdout);
    }

private:
    size_t next_ = 0;
};

struct Outcome {
    std::string what = "completed";
    bool failed = false;
    std::vector<std::string> notes;
};

// A deadlock that no timeout can break will never end by itself.
bool permanent(const Arena& a, const Cycle& c) {
    for (uint16_t w : c.workers)
        if (a.worker(w).flags.load() & kWorkerHasTimeout) return false;
    return true;
}

void crash_notes(const Arena& a, Outcome& out) {
    for (uint32_t i = 0; i < a.worker_count(); ++i) {
        const WorkerSlot& w = a.worker(i);
        const int code = w.exitcode.load();
        if (w.kind == WorkerKind::Process && (w.flags.load() & kWorkerReaped) && code < 0) {
            out.notes.push_back(std::string(w.name) + " killed by " + signal_name(-code));
            out.failed = true;
        }
    }
}

std::unique_ptr<Strategy> make_strategy(const RunArgs& args) {
    if (args.mode == DirectorMode::Replay) return make_replay(*args.schedule);
    if (args.policy == "random") return make_random(args.seed);
    return make_round_robin();
}

// Step/replay: the CLI plays the scheduler until the run ends or cannot go on.
void drive_steps(RunHandle& run, const RunArgs& args, TraceStore& store, ConsolePrinter& con, Outcome& out,
                 Schedule& recorded, int64_t deadline) {
    StepController ctl(run.arena());
    ctl.schedule().params = args.params;
    auto strategy = make_strategy(args);
    for (;;) {
        const bool still = ctl.wait_quiescent(100'000'000, [&] { return !run.poll(); });
        store.drain(run.arena());
        con.flush(store, args.quiet);
        if (run.poll()) break;
        if (monotonic_ns() > deadline) {
            out = {"timed out after " + std::to_string(args.timeout_s) + " s", true, {}};
            break;
        }
        if (!still) continue;
        const auto choices = ctl.refresh();
        if (ctl.status() == StepStatus::Finished) {
            // Every worker is done; the run process is reaping orphans and exiting.
            run.wait(std::max<int64_t>(deadline - monotonic_ns(), 0));
            break;
        }
        if (ctl.status() != StepStatus::Running) {
            out.what = ctl.describe_status();
            out.failed = true;
            break;
        }
        std::string err;
        const auto c = strategy->next(run.arena(), choices, err);
        if (!c) {
            out = {"replay diverged: " + err, true, {}};
            break;
        }
        ctl.grant(*c);
    }
    recorded = ctl.schedule();
}

void drive_free(RunHandle& run, const RunArgs& args, TraceStore& store, ConsolePrinter& con, Outcome& out,
                int64_t deadline) {
    while (!run.poll()) {
        store.drain(run.arena());
        con.flush(store, args.quiet);
        if (auto c = reported_cycle(run.arena()); c && permanent(run.arena(), *c)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));  // let the last events land
            out = {"deadlock: " + describe(run.arena(), *c), true, {}};
            break;
        }
        if (monotonic_ns() > deadline) {
            out = {"timed out after " + std::to_string(args.timeout_s) + " s", true, {}};
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

void print_summary(const RunArgs& args, const TraceStore& store, const Outcome& out, const std::string& run_end,
                   double seconds) {
    std::printf("--- summary: %s ---\n", args.demo.c_str());
    std::printf("outcome:   %s\n", out.what.c_str());
    for (const std::string& n : out.notes) std::printf("           %s\n", n.c_str());
    for (const ResultEntry& r : store.results()) std::printf("result:    %s = %s\n", r.key.c_str(), r.value.c_str());
    std::printf("duration:  %.1f ms%s\n", seconds * 1e3,
                store.end_step() > 0 ? (", " + std::to_string(store.end_step()) + " steps").c_str() : "");
    std::printf("events:    %llu recorded, %llu dropped%s\n", static_cast<unsigned long long>(store.counts().events),
                static_cast<unsigned long long>(store.counts().dropped),
                store.counts().dropped ? " (the workers outran the observer; try slow or step mode)" : "");
    std::printf("run:       %s\n", run_end.c_str());
}

bool write_outputs(const RunArgs& args, const TraceStore& store, const Schedule& recorded) {
    bool ok = true;
    if (!args.trace_path.empty()) {
        std::ofstream f(args.trace_path, std::ios::binary | std::ios::trunc);
        if (f) write_chrome_trace(store, f);
        if (!f) {
            std::fprintf(stderr, "interleave: cannot write trace '%s'\n", args.trace_path.c_str());
            ok = false;
        } else {
            std::printf("trace:     %s (Chrome trace JSON; open in Perfetto)\n", args.trace_path.c_str());
        }
    }
    if (!args.save_path.empty()) {
        try {
            save_trace(store, args.save_path);
            std::printf("saved:     %s\n", args.save_path.c_str());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "interleave: %s\n", e.what());
            ok = false;
        }
    }
    if (!args.save_schedule.empty()) {
        try {
            recorded.save(args.save_schedule);
            std::printf("schedule:  %s (%zu steps)\n", args.save_schedule.c_str(), recorded.steps.size());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "interleave: %s\n", e.what());
            ok = false;
        }
    }
    return ok;
}

int cmd_run(const RunArgs& args) {
    RunOptions opt;
    opt.demo_id = args.demo;
    opt.params = args.params;
    opt.mode = args.mode;
    opt.slow_delay_us = args.delay_us;
    RunHandle run;
    try {
        run = RunHandle::start(opt);
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "interleave run: %s\n", e.what());
        return 2;
    }
    TraceStore store;
    RunInfo info;
    info.demo_id = args.demo;
    info.mode = mode_name(args.mode);
    info.params = args.params;
    store.set_run_info(info);
    ConsolePrinter con;
    Outcome out;
    Schedule recorded;
    const int64_t t0 = monotonic_ns();
    const int64_t deadline = t0 + static_cast<int64_t>(args.timeout_s * 1e9);
    if (args.mode == DirectorMode::Step || args.mode == DirectorMode::Replay)
        drive_steps(run, args, store, con, out, recorded, deadline);
    else
        drive_free(run, args, store, con, out, deadline);
    const double seconds = static_cast<double>(monotonic_ns() - t0) / 1e9;
    const bool stopped = !run.poll();
    RunExit ex = stopped ? run.stop() : *run.exit();
    store.drain(run.arena());
    store.finish();
    store.set_deadlock_cycle(reported_cycle(run.arena()));
    con.flush(store, args.quiet);
    crash_notes(run.arena(), out);
    if (!out.failed && (stopped || !(ex.exited && ex.code == 0))) {
        out.what = "the run failed (" + ex.describe() + ")";
        out.failed = true;
    }
    if (!out.failed && reported_cycle(run.arena()))
        out.notes.push_back("a deadlock formed and was broken by a timeout: " +
                            describe(run.arena(), *reported_cycle(run.arena())));
    print_summary(args, store, out, stopped ? "stopped by interleave" : ex.describe(), seconds);
    const bool wrote = write_outputs(args, store, recorded);
    if (out.failed) return 1;
    return wrote ? 0 : 1;
}

}  // namespace

bool is_cli_command(std::string_view a) { return a == "list" || a == "run" || a == "help" || a == "__run-child"; }

int cli_main(int argc, char** argv) {
    const std::string_view cmd = argv[1];
    if (cmd == "__run-child") return run_child_main(argc, argv);
    if (cmd == "help") {
        std::fputs(cli_usage().c_str(), stdout);
        return 0;
    }
    if (cmd == "list") {
        if (argc > 2) {
            std::fprintf(stderr, "interleave list: takes no arguments\n\n%s", cli_usage().c_str());
            return 2;
        }
        return cmd_list();
    }
    RunArgs args;
    std::string err;
    if (!parse_run_args(argc, argv, args, err)) {
        std::fprintf(stderr, "interleave run: %s\n\n%s", err.c_str(), cli_usage().c_str());
        return 2;
    }
    if (args.help) {
        std::fputs(cli_usage().c_str(), stdout);
        return 0;
    }
    return cmd_run(args);
}

}  // namespace il::app
