// app/cli/cli.cpp — `interleave list` and `interleave run`: the headless front
// end. It is an observer like the window: it starts the run process, drains
// the arena into a TraceStore, prints the console as it happens, drives step
// mode with a policy or a schedule, and ends with a summary.
#include "app/cli/cli.hpp"

#include <filesystem>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "app/cli/cli_io.hpp"
#include "app/cli/cli_options.hpp"
#include "app/cli/check_cli.hpp"
#include "app/cli/explore_cli.hpp"
#include "app/cli/lang_cli.hpp"
#include "core/common/i18n.hpp"
#include "core/common/utf8.hpp"
#include "core/observer/director.hpp"
#include "core/primitives/outside.hpp"
#include "core/observer/observe.hpp"
#include "core/runtime/registry.hpp"
#include "core/observer/run.hpp"
#include "core/trace/trace.hpp"
#include "core/trace/trace_export.hpp"
#include "core/trace/trace_file.hpp"

namespace il::app {

namespace {

using namespace il::core;

// A summary line's label, padded to the column its values start at.
std::string label(std::string_view text) {
    constexpr size_t kWidth = 11;  // "duration:  "
    std::string s(text);
    s.append(kWidth > utf8::columns(s) ? kWidth - utf8::columns(s) : 1, ' ');
    return s;
}

// A listed program's path as the user would type it: relative to the
// current directory when it is under it.
std::string shown_id(const DemoInfo& d) {
    if (!d.id.starts_with('/')) return d.id;
    std::error_code ec;
    const std::filesystem::path rel = std::filesystem::relative(d.id, ec);
    if (ec || rel.empty() || rel.begin()->string() == "..") return d.id;
    return rel.string();
}

int cmd_list() {
    const std::vector<const DemoInfo*> all = Registry::catalogue();
    size_t width = 0;
    for (const DemoInfo* d : all) width = std::max(width, shown_id(*d).size());
    std::string group;
    for (const DemoInfo* d : all) {
        if (d->group != group) {
            std::printf("%s%s\n", group.empty() ? "" : "\n", i18n::tr(d->group));
            group = d->group;
        }
        std::printf("  %-*s  %s\n", static_cast<int>(width), shown_id(*d).c_str(), i18n::tr(d->summary));
    }
    return 0;
}

// Prints console lines the store has gathered since the last call (flushed,
// and checked, by the run's stop_requested).
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
    }

private:
    size_t next_ = 0;
};

std::unique_ptr<Strategy> make_strategy(const RunArgs& args) {
    if (args.mode == DirectorMode::Replay) return make_replay(*args.schedule);
    if (args.policy == "random") return make_random(args.seed);
    return make_round_robin();
}

void print_summary(const RunArgs& args, const Observation& o) {
    const TraceStore& store = o.store;
    std::printf("%s\n", i18n::trf("--- summary: {target} ---", {{"target", args.demo}}).c_str());
    std::printf("%s%s\n", label(i18n::tr("outcome:")).c_str(), o.outcome.c_str());
    for (const std::string& n : o.notes) std::printf("%s%s\n", label("").c_str(), n.c_str());
    // The results in the user's language (the trace keeps the English): what
    // the demo marked N_ is translated, numbers and names come back as they
    // are; one of the demo's parameter choices ("new") is shown as typed, and
    // a "{group}: {label}" label built from marked parts part by part (as the
    // Console panel shows them).
    const DemoInfo* demo = nullptr;
    for (const DemoInfo& d : Registry::all())
        if (d.id == args.demo) demo = &d;
    const auto shown = [demo](std::string_view text) {
        if (demo != nullptr)
            for (const ParamSpec& p : demo->params)
                if (std::find(p.choices.begin(), p.choices.end(), text) != p.choices.end()) return std::string(text);
        return std::string(i18n::tr(text));
    };
    const auto shown_key = [&shown](std::string_view key) {
        const size_t colon = key.find(": ");
        if (shown(key) != key || colon == std::string_view::npos) return shown(key);
        return i18n::trf("{group}: {label}", {{"group", shown(key.substr(0, colon))}, {"label", shown(key.substr(colon + 2))}});
    };
    for (const ResultEntry& r : store.results())
        std::printf("%s%s = %s\n", label(i18n::tr("result:")).c_str(), shown_key(r.key).c_str(), shown(r.value).c_str());
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.1f", o.seconds * 1e3);
    std::printf("%s%s\n", label(i18n::tr("duration:")).c_str(),
                (store.end_step() > 0 ? i18n::trf("{ms} ms, {steps} steps",
                                                  {{"ms", ms}, {"steps", std::to_string(store.end_step())}})
                                      : i18n::trf("{ms} ms", {{"ms", ms}}))
                    .c_str());
    const std::string hint = dropped_events_hint(store.counts().dropped, args.mode);
    std::printf("%s%s%s\n", label(i18n::tr("events:")).c_str(),
                i18n::trf("{recorded} recorded, {dropped} dropped",
                          {{"recorded", std::to_string(store.counts().events)},
                           {"dropped", std::to_string(store.counts().dropped)}})
                    .c_str(),
                hint.empty() ? "" : i18n::trf(" ({hint})", {{"hint", hint}}).c_str());
    // Never silently missing: what ran in code the runtime does not stand behind.
    std::string first = label(i18n::tr("unseen:"));
    for (const std::string& n : outside_notes(store)) {
        std::printf("%s%s\n", first.c_str(), n.c_str());
        first = label("");
    }
    std::printf("%s%s\n", label(i18n::tr("run:")).c_str(), o.run_end().c_str());
}

bool write_outputs(const RunArgs& args, const TraceStore& store, const Schedule& recorded, bool recorded_complete) {
    bool ok = true;
    std::fflush(stdout);  // --trace /dev/stdout: the summary comes first, then the file
    if (!args.trace_path.empty()) {
        try {
            write_chrome_trace_file(store, args.trace_path);
            std::printf("trace:     %s (Chrome trace JSON; open in Perfetto)\n", args.trace_path.c_str());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "interleave: %s\n", e.what());
            ok = false;
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
    if (!args.save_schedule.empty() && !recorded_complete) {
        std::fprintf(stderr, "interleave: %s not written: the run took more than %llu steps, too many to keep\n",
                     args.save_schedule.c_str(), static_cast<unsigned long long>(StepController::kMaxRecordedSteps));
        ok = false;
    } else if (!args.save_schedule.empty()) {
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

// A program that ended with status 2 and nothing else wrong: Python's own
// "bad usage" (a SyntaxError, as `python3 prog.py` reports it; argparse's
// rejected arguments), which the CLI passes on as its own 2.
bool program_bad_usage(const Observation& o) {
    return o.failed && o.exit.exited && o.exit.code == 2 && !o.cycle && !o.stopped && o.status != StepStatus::Deadlock &&
           o.status != StepStatus::Stuck;
}

int cmd_run(const RunArgs& args) {
    StopSignals signals;  // Ctrl+C, SIGTERM, SIGHUP: stop the run, then summarise and save as usual
    StdoutCheck stdout_ok;
    ObserveOptions opt;
    opt.run.demo_id = args.demo;
    opt.run.params = args.params;
    opt.run.program_args = args.program_args;
    opt.run.mode = args.mode;
    opt.run.slow_delay_us = args.delay_us;
    opt.timeout_s = args.timeout_s;
    auto strategy = make_strategy(args);
    opt.strategy = strategy.get();
    ConsolePrinter con;
    opt.on_progress = [&](const TraceStore& store) { con.flush(store, args.quiet); };
    opt.stop_requested = [&]() -> std::string {
        if (const int sig = StopSignals::caught()) return "interrupted by " + signal_name(sig);
        // Nobody reads what the run prints any more: stop it rather than run on blind.
        if (!stdout_ok.ok()) return "stopped: " + stdout_ok.error();
        return {};
    };
    Observation o;
    try {
        o = observe_run(opt);
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "interleave run: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {  // the run could not start (no temporary directory, spawn failed)
        std::fprintf(stderr, "interleave run: %s\n", e.what());
        return 1;
    }
    print_summary(args, o);
    const bool wrote = write_outputs(args, o.store, o.schedule, o.schedule_complete);
    if (!stdout_ok.ok()) std::fprintf(stderr, "interleave: %s\n", stdout_ok.error().c_str());
    if (const int sig = StopSignals::caught()) return 128 + sig;  // as a shell reports a signalled command
    if (program_bad_usage(o)) return 2;
    if (o.failed || !stdout_ok.ok()) return 1;
    return wrote ? 0 : 1;
}

// list and help: their output is all they do, so a failed write is a failure.
int finish_stdout(int code) {
    StdoutCheck check;
    if (check.ok()) return code;
    std::fprintf(stderr, "interleave: %s\n", check.error().c_str());
    return 1;
}

}  // namespace

bool is_cli_command(std::string_view a) {
    return a == "list" || a == "run" || a == "explore" || a == "check" || a == "help" || a == "lang-template" || a == "__run-child";
}

int cli_main(int argc, char** argv) {
    const std::string_view cmd = argv[1];
    if (cmd == "__run-child") return run_child_main(argc, argv);
    if (claim_standard_fds() & 2u) {
        std::fprintf(stderr, "interleave: standard output is closed; to discard the output, use >/dev/null\n");
        return 1;
    }
    if (cmd == "help") {
        std::fputs(cli_usage().c_str(), stdout);
        return finish_stdout(0);
    }
    if (cmd == "lang-template") return finish_stdout(cmd_lang_template(argc, argv));
    if (cmd == "explore") return cmd_explore(argc, argv);
    if (cmd == "check") return cmd_check(argc, argv);
    if (cmd == "list") {
        if (argc > 2) {
            std::fprintf(stderr, "interleave list: takes no arguments\n\n%s", cli_usage().c_str());
            return 2;
        }
        return finish_stdout(cmd_list());
    }
    RunArgs args;
    std::string err;
    if (!parse_run_args(argc, argv, args, err)) {
        std::fprintf(stderr, "interleave run: %s\n\n%s", err.c_str(), cli_usage().c_str());
        return 2;
    }
    if (args.help) {
        std::fputs(cli_usage().c_str(), stdout);
        return finish_stdout(0);
    }
    return cmd_run(args);
}

}  // namespace il::app
