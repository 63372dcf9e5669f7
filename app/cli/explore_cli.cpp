// app/cli/explore_cli.cpp — `interleave explore TARGET`: explore mode on the
// command line (core/explore/explore.hpp). Prints progress on stderr while it
// searches, then the verdict and the failing schedule on stdout.
#include "app/cli/explore_cli.hpp"

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/cli_io.hpp"
#include "app/cli/cli_options.hpp"
#include "core/common/i18n.hpp"
#include "core/explore/explore.hpp"
#include "core/explore/story.hpp"

namespace il::app {

namespace {

using namespace il::core;

struct ExploreArgs {
    ExploreOptions options;
    std::string save_schedule;
    bool help = false;
};

// Parses `interleave explore ...` (argv[1] == "explore"). False with why in `err`.
bool parse_explore_args(int argc, char** argv, ExploreArgs& out, std::string& err) {
    ExploreOptions& o = out.options;
    std::vector<std::string> params;
    bool seed_given = false;
    std::optional<bool> reduce;  // --reduce / --no-reduce; else the target's own claim
    for (int i = 2; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h") {
            out.help = true;
            return true;
        }
        if (a == "--reduce" || a == "--no-reduce") {
            reduce = a == "--reduce";
            continue;
        }
        if (a == "--") {
            o.run.program_args.assign(argv + i + 1, argv + argc);
            break;
        }
        if (!a.starts_with("--")) {
            if (!o.run.demo_id.empty()) {
                err = i18n::trf("unexpected argument '{arg}' (one demo per run)", {{"arg", a}});
                return false;
            }
            o.run.demo_id = a;
            continue;
        }
        if (i + 1 >= argc) {
            err = i18n::trf("{option} needs a value", {{"option", a}});
            return false;
        }
        const std::string v = argv[++i];
        if (a == "--param") {
            params.push_back(v);
        } else if (a == "--granularity") {
            params.push_back("granularity=" + v);
        } else if (a == "--expect") {
            try {
                o.expect = Expectation::parse(v);
            } catch (const ExpectError& e) {
                err = e.what();
                return false;
            }
        } else if (a == "--max-preemptions") {
            if (!parse_num(v, o.max_preemptions) || o.max_preemptions < 0 || o.max_preemptions > 10) {
                err = i18n::trf("--max-preemptions takes a whole number from 0 to 10, not '{value}'", {{"value", v}});
                return false;
            }
        } else if (a == "--budget") {
            // RUNS, or SECONDS with an s: "500", "30s".
            double s = 0;
            if (v.ends_with('s') && parse_num(std::string_view(v).substr(0, v.size() - 1), s) && s > 0 && s <= 86400) {
                o.max_seconds = s;
            } else if (!parse_num(v, o.max_runs) || o.max_runs == 0) {
                err = i18n::trf("--budget takes a number of schedules (500) or of seconds (30s), not '{value}'",
                                {{"value", v}});
                return false;
            }
        } else if (a == "--timeout") {
            double s = 0;
            if (!parse_num(v, s) || !(s > 0 && s <= 86400)) {
                err = i18n::trf("--timeout takes seconds between 0 and 86400, not '{value}'", {{"value", v}});
                return false;
            }
            o.run_timeout_s = s;
        } else if (a == "--jobs") {
            if (!parse_num(v, o.jobs) || o.jobs == 0 || o.jobs > 256) {
                err = i18n::trf("--jobs takes a whole number from 1 to 256, not '{value}'", {{"value", v}});
                return false;
            }
        } else if (a == "--random") {
            if (!parse_num(v, o.random_runs) || o.random_runs == 0 || o.random_runs > 10'000'000) {
                err = i18n::trf("--random takes a number of schedules from 1 to 10000000, not '{value}'", {{"value", v}});
                return false;
            }
        } else if (a == "--seed") {
            if (!parse_num(v, o.seed)) {
                err = i18n::trf("--seed takes a whole number, not '{value}'", {{"value", v}});
                return false;
            }
            seed_given = true;
        } else if (a == "--depth") {
            if (!parse_num(v, o.pct_depth) || o.pct_depth < 1 || o.pct_depth > 10) {
                err = i18n::trf("--depth takes a whole number from 1 to 10, not '{value}'", {{"value", v}});
                return false;
            }
            seed_given = true;
        } else if (a == "--save-schedule") {
            out.save_schedule = v;
        } else {
            err = i18n::trf("unknown option '{option}'", {{"option", a}});
            return false;
        }
    }
    if (o.run.demo_id.empty()) {
        err = i18n::tr("which demo? (see `interleave list`)");
        return false;
    }
    if (seed_given && o.random_runs == 0) {
        err = i18n::tr("--seed and --depth shape the random schedules: give --random N too");
        return false;
    }
    const DemoInfo* d = find_target(o.run.demo_id, err);
    if (!d || !check_params(*d, params, err)) return false;
    o.run.params = std::move(params);
    o.reduce = reduce.value_or(reduce_by_default(o.run.demo_id));
    o.switching = true;
    return true;
}

std::string explore_usage() {
    return i18n::tr(
        "usage: interleave explore DEMO|PROGRAM.py [options] [-- ARGS...]\n"
        "  searches the schedules of a demo or your program for one that goes wrong: a deadlock,\n"
        "  a stuck run, a failed run, or a condition over its results that does not hold.\n"
        "  Schedules with no preemption are tried first, then one, then two ..., so the first\n"
        "  one found has the fewest preemptions. After the first, one schedule that switches\n"
        "  after every acquire is tried (a ring of lock waits shows at once); a bug it finds\n"
        "  is shrunk and says so.\n"
        "\n"
        "  --expect COND          what must hold at the end, e.g. \"counter == expected\" (== != < <= > >=)\n"
        "  --max-preemptions N    search up to N preemptions (default 2)\n"
        "  --budget RUNS|Ss       stop after RUNS schedules or S seconds (default 60s)\n"
        "  --timeout S            one schedule's run may take S seconds (default 10)\n"
        "  --jobs N               run N schedules at once (default: one per core)\n"
        "  --random N             then, if none was found, N random schedules (PCT), the bug shrunk\n"
        "  --seed S               the first random schedule's seed (default 1; S, S+1, ... reproduce them)\n"
        "  --depth D              PCT's depth: D - 1 priority changes per schedule (default 3)\n"
        "  --reduce               skip schedules that only reorder steps on different objects; exact\n"
        "                         when threads share plain values only under locks (on for the demos\n"
        "                         that say so, off for Python programs)\n"
        "  --no-reduce            run every schedule within the bound\n"
        "  --save-schedule FILE   write the failing schedule (replay it with interleave run --schedule FILE)\n"
        "  --param NAME=VALUE     a demo parameter (repeatable)\n"
        "  --granularity G        a Python program: operations (default) | lines | bytecode\n"
        "\n"
        "exit codes: 0 no bug within the bound, 1 a bug found (or the schedule not written),\n"
        "            2 bad usage or a condition naming no result, 3 the budget ran out first,\n"
        "            130 / 143 / 129 stopped by Ctrl+C / SIGTERM / SIGHUP (after saying what was covered)\n");
}

}  // namespace

int cmd_explore(int argc, char** argv) {
    ExploreArgs args;
    std::string err;
    if (!parse_explore_args(argc, argv, args, err)) {
        std::fprintf(stderr, "interleave explore: %s\n\n%s", err.c_str(), explore_usage().c_str());
        return 2;
    }
    if (args.help) {
        std::fputs(explore_usage().c_str(), stdout);
        return 0;
    }
    StopSignals signals;  // Ctrl+C: end the search between runs and say what it covered
    ExploreOptions& o = args.options;
    o.cancelled = [] { return StopSignals::caught() != 0; };
    double last = -1;
    o.on_progress = [&last, &o](const ExploreProgress& p) {
        if (p.seconds - last < 1) return;
        last = p.seconds;
        const std::string runs = std::to_string(p.runs), steps = std::to_string(p.steps), bound = std::to_string(p.bound),
                          pending = std::to_string(p.pending), states = std::to_string(p.states),
                          seconds = std::to_string(static_cast<int>(p.seconds));
        std::fprintf(stderr, "%s\n",
                     (o.reduce ? i18n::trf("  {runs} schedules, {steps} steps, {states} states, up to {bound} preemptions, "
                                           "{pending} to go, {seconds} s",
                                           {{"runs", runs}, {"steps", steps}, {"states", states}, {"bound", bound},
                                            {"pending", pending}, {"seconds", seconds}})
                               : i18n::trf("  {runs} schedules, {steps} steps, up to {bound} preemptions, {pending} to go, {seconds} s",
                                           {{"runs", runs}, {"steps", steps}, {"bound", bound}, {"pending", pending},
                                            {"seconds", seconds}}))
                         .c_str());
    };
    const ExploreResult r = explore(o);
    std::printf("%s\n", i18n::trf("--- explore: {target} ---", {{"target", o.run.demo_id}}).c_str());
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.2f", r.progress.seconds);
    const std::string stats = i18n::trf("{runs} schedules in {seconds} s", {{"runs", std::to_string(r.progress.runs)},
                                                                           {"seconds", secs}});
    switch (r.verdict) {
        case ExploreVerdict::Error:
            std::printf("%s\n", i18n::trf("error:     {error}", {{"error", r.error}}).c_str());
            return 2;
        case ExploreVerdict::None:
            std::printf("%s\n", i18n::trf("verdict:   no bug in {covered}", {{"covered", describe(r)}}).c_str());
            break;
        case ExploreVerdict::OutOfBudget: {
            const std::string covered = describe(r), pending = std::to_string(r.progress.pending);
            const std::string v =
                r.cancelled ? i18n::trf("verdict:   none found before it was interrupted: {covered}; {pending} schedules not run",
                                        {{"covered", covered}, {"pending", pending}})
                            : i18n::trf("verdict:   none found before the budget ran out: {covered}; {pending} schedules not run",
                                        {{"covered", covered}, {"pending", pending}});
            std::printf("%s\n", v.c_str());
            break;
        }
        case ExploreVerdict::Found: {
            std::printf("%s\n", i18n::trf("verdict:   bug found: {reason}", {{"reason", r.reason}}).c_str());
            std::printf("%s\n", i18n::trf("           preemptions: {n}; found after {stats}",
                                          {{"n", std::to_string(r.preemptions)}, {"stats", stats}})
                                    .c_str());
            if (r.by_switching)
                std::printf("%s\n", i18n::trf("           by the schedule that switches after every acquire, after {covered}; "
                                              "shrunk from {drawn} preemptions in {n} runs",
                                              {{"covered", describe(r)},
                                               {"drawn", std::to_string(r.drawn_preemptions)},
                                               {"n", std::to_string(r.shrink_runs)}})
                                        .c_str());
            if (r.found_seed)
                std::printf("%s\n", i18n::trf("           by a random schedule (PCT, seed {seed}) after {covered}; shrunk from {drawn} preemptions in {n} runs",
                                              {{"seed", std::to_string(*r.found_seed)},
                                               {"drawn", std::to_string(r.drawn_preemptions)},
                                               {"covered", describe(r)},
                                               {"n", std::to_string(r.shrink_runs)}})
                                        .c_str());
            std::printf("%s\n", i18n::trf("schedule:  {steps}", {{"steps", steps_in_runs(r.schedule)}}).c_str());
            if (!r.story.empty()) std::printf("%s\n", i18n::trf("story:     {story}", {{"story", r.story}}).c_str());
            break;
        }
    }
    if (r.verdict != ExploreVerdict::Found) std::printf("%s\n", i18n::trf("searched:  {stats}", {{"stats", stats}}).c_str());
    if (o.reduce)
        std::printf("%s\n", i18n::trf("reduced:   {states} distinct states; {skipped} schedules skipped or cut short, as "
                                      "only reordering steps on different objects of ones searched",
                                      {{"states", std::to_string(r.progress.states)},
                                       {"skipped", std::to_string(r.progress.skipped)}})
                                .c_str());
    if (r.diverged > 0)
        std::printf("%s\n", i18n::trf("note:      {n} schedules did not replay the same way and were skipped",
                                      {{"n", std::to_string(r.diverged)}})
                                .c_str());
    if (r.cut_off > 0)
        std::printf("%s\n", i18n::trf("note:      {n} schedules were cut off unfinished (too long, or over --timeout) and not judged",
                                      {{"n", std::to_string(r.cut_off)}})
                                .c_str());
    if (r.verdict == ExploreVerdict::Found && !args.save_schedule.empty()) {
        try {
            r.schedule.save(args.save_schedule);
            std::printf("saved:     %s (%zu steps)\n", args.save_schedule.c_str(), r.schedule.steps.size());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "interleave: %s\n", e.what());
            return 1;
        }
    }
    if (const int sig = StopSignals::caught(); sig != 0 && r.verdict != ExploreVerdict::Found)
        return 128 + sig;  // as a shell reports a signalled command, after the report
    if (r.verdict == ExploreVerdict::Found) return 1;
    return r.verdict == ExploreVerdict::OutOfBudget ? 3 : 0;
}

}  // namespace il::app
