#include "app/cli/cli_options.hpp"

#include <charconv>
#include <string_view>

#include "core/common/i18n.hpp"
#include "core/runtime/registry.hpp"

namespace il::app {

const core::DemoInfo* find_target(const std::string& demo, std::string& err) {
    std::string why;  // a program the loader refused says why ("cannot open Python program …")
    const core::DemoInfo* d = core::Registry::find(demo, &why);
    if (!d) err = why.empty() ? i18n::trf("unknown demo '{demo}' (see `interleave list`)", {{"demo", demo}}) : why;
    return d;
}

bool check_params(const core::DemoInfo& d, const std::vector<std::string>& params, std::string& err) {
    core::Params p(d.params);
    for (const std::string& a : params)
        if (std::string e = p.set(d.params, a); !e.empty()) {
            err = e;
            return false;
        }
    return true;
}

namespace {

// Applies the options once the demo is known: params, schedule, combinations.
bool finish(RunArgs& out, const std::vector<std::string>& raw_params, bool mode_given, std::string& err) {
    const core::DemoInfo* d = find_target(out.demo, err);
    if (!d) return false;
    if (out.schedule) {
        if (!mode_given) out.mode = core::DirectorMode::Replay;
        if (out.mode != core::DirectorMode::Replay) {
            err = i18n::tr("--schedule replays a schedule: use it with --mode replay");
            return false;
        }
        if (!out.schedule->demo.empty() && out.schedule->demo != out.demo) {
            err = i18n::trf("the schedule was recorded for '{recorded}', not '{demo}'",
                          {{"recorded", out.schedule->demo}, {"demo", out.demo}});
            return false;
        }
    } else if (out.mode == core::DirectorMode::Replay) {
        err = i18n::tr("--mode replay needs --schedule FILE");
        return false;
    }
    const std::vector<std::string>& use = raw_params.empty() && out.schedule ? out.schedule->params : raw_params;
    if (!check_params(*d, use, err)) return false;
    out.params = use;
    return true;
}

}  // namespace

std::string cli_usage() {
    return i18n::tr("usage: interleave                      open the window\n"
           "       interleave list                 list the demos\n"
           "       interleave run DEMO [options]   run a demo headless\n"
           "       interleave run PROGRAM.py [options] [-- ARGS...]\n"
           "                                       run your own Python program headless (ARGS: its sys.argv[1:])\n"
           "       interleave explore DEMO [options]  search its schedules for one that goes wrong (explore --help)\n"
           "       interleave check CHALLENGE SCHEDULE  grade a saved schedule against a challenge file (check --help)\n"
           "       interleave lang-template CODE   print the demos' texts as a translation file (docs/i18n.md)\n"
           "\n"
           "any command, and the window:\n"
           "  --lang zh|en           the language (default: from LC_ALL, LC_MESSAGES or LANG)\n"
           "\n"
           "run options:\n"
           "  --param NAME=VALUE     set a demo parameter (repeatable; see the demo's parameters)\n"
           "  --mode MODE            run (default) | slow | step | replay\n"
           "  --granularity G        a Python program in step mode: operations (default) | lines | bytecode\n"
           "  --delay-ms N           slow mode: pause per operation (default 200)\n"
           "  --policy P             step mode: round-robin (default) | random\n"
           "  --seed N               step mode with --policy random (default 1)\n"
           "  --schedule FILE        replay the schedule in FILE (implies --mode replay)\n"
           "  --save-schedule FILE   step/replay: write the schedule that was run\n"
           "  --trace FILE.json      write a Chrome trace (opens in Perfetto)\n"
           "  --save FILE            save the run in Interleave's own format\n"
           "  --timeout S            stop the run after S seconds (default 60)\n"
           "  --quiet                do not echo the console\n"
           "\n"
           "exit codes: 0 completed, 1 deadlock / stuck / crash / timeout found or output not written,\n"
           "            2 bad usage (for a Python program also a SyntaxError, or its own exit status 2),\n"
           "            130 / 143 / 129 stopped by Ctrl+C / SIGTERM / SIGHUP (after the\n"
           "            summary and the files asked for were written)\n");
}

bool parse_run_args(int argc, char** argv, RunArgs& out, std::string& err) {
    std::vector<std::string> raw_params;
    bool mode_given = false;
    for (int i = 2; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h") {
            out.help = true;
            return true;
        }
        if (a == "--quiet") {
            out.quiet = true;
            continue;
        }
        if (a == "--") {  // the rest is the program's own arguments (sys.argv[1:])
            out.program_args.assign(argv + i + 1, argv + argc);
            break;
        }
        if (a.rfind("--", 0) != 0) {
            if (!out.demo.empty()) {
                err = i18n::trf("unexpected argument '{arg}' (one demo per run)", {{"arg", a}});
                return false;
            }
            out.demo = a;
            continue;
        }
        if (i + 1 >= argc) {
            err = i18n::trf("{option} needs a value", {{"option", a}});
            return false;
        }
        const std::string v = argv[++i];
        if (a == "--param") raw_params.push_back(v);
        else if (a == "--granularity") raw_params.push_back("granularity=" + v);
        else if (a == "--mode") {
            if (const auto m = core::parse_director_mode(v)) {
                out.mode = *m;
            } else {
                err = i18n::trf("--mode must be run, slow, step or replay, not '{value}'", {{"value", v}});
                return false;
            }
            mode_given = true;
        } else if (a == "--delay-ms") {
            uint32_t ms = 0;
            if (!parse_num(v, ms) || ms > 60'000) {
                err = i18n::trf("--delay-ms takes a whole number of milliseconds from 0 to 60000, not '{value}'",
                                {{"value", v}});
                return false;
            }
            out.delay_us = ms * 1000;
        } else if (a == "--policy") {
            if (v != "round-robin" && v != "random") {
                err = i18n::trf("--policy must be round-robin or random, not '{value}'", {{"value", v}});
                return false;
            }
            out.policy = v;
        } else if (a == "--seed") {
            if (!parse_num(v, out.seed)) {
                err = i18n::trf("--seed takes a whole number, not '{value}'", {{"value", v}});
                return false;
            }
        } else if (a == "--schedule") {
            try {
                out.schedule = core::Schedule::load(v);
            } catch (const core::ScheduleError& e) {
                err = e.what();
                return false;
            }
        } else if (a == "--save-schedule") out.save_schedule = v;
        else if (a == "--trace") out.trace_path = v;
        else if (a == "--save") out.save_path = v;
        else if (a == "--timeout") {
            double s = 0;
            if (!parse_num(v, s) || !(s > 0 && s <= 86400)) {
                err = i18n::trf("--timeout takes seconds between 0 and 86400, not '{value}'", {{"value", v}});
                return false;
            }
            out.timeout_s = s;
        } else {
            err = i18n::trf("unknown option '{option}'", {{"option", a}});
            return false;
        }
    }
    if (out.demo.empty()) {
        err = i18n::tr("which demo? (see `interleave list`)");
        return false;
    }
    if (!out.save_schedule.empty() && out.mode != core::DirectorMode::Step && out.mode != core::DirectorMode::Replay &&
        !out.schedule) {
        err = i18n::tr("--save-schedule needs --mode step or replay (run and slow mode have no schedule)");
        return false;
    }
    return finish(out, raw_params, mode_given, err);
}

}  // namespace il::app
