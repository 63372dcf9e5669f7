// app/cli/check_cli.cpp — `interleave check CHALLENGE SCHEDULE` and
// `interleave check CHALLENGE --solvable`: a teacher grades a class's saved
// schedules, or proves a challenge can be solved, without a window.
#include "app/cli/check_cli.hpp"

#include <cstdio>
#include <string>
#include <string_view>

#include "app/cli/cli_options.hpp"
#include "core/common/i18n.hpp"
#include "core/explore/challenge.hpp"

namespace il::app {

namespace {

using namespace il::core;

std::string check_usage() {
    return i18n::tr(
        "usage: interleave check CHALLENGE.toml SCHEDULE     grade a saved schedule against the challenge\n"
        "       interleave check CHALLENGE.toml --solvable   prove with explore mode that its goal can be reached\n"
        "                                                    within its limits (and print the fewest preemptions)\n"
        "\n"
        "exit codes: 0 pass (or solvable), 1 fail (or not solvable within the limits),\n"
        "            2 a bad challenge or schedule file (the message says where and what was expected)\n");
}

int bad_usage(const std::string& why) {
    std::fprintf(stderr, "interleave check: %s\n\n%s", why.c_str(), check_usage().c_str());
    return 2;
}

}  // namespace

int cmd_check(int argc, char** argv) {
    std::string challenge_path, schedule_path;
    bool solvable = false;
    for (int i = 2; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h") {
            std::fputs(check_usage().c_str(), stdout);
            return 0;
        }
        if (a == "--solvable") solvable = true;
        else if (a.starts_with("--")) return bad_usage(i18n::trf("unknown option '{option}'", {{"option", a}}));
        else if (challenge_path.empty()) challenge_path = a;
        else if (schedule_path.empty()) schedule_path = a;
        else return bad_usage(i18n::trf("unexpected argument '{arg}'", {{"arg", a}}));
    }
    if (challenge_path.empty()) return bad_usage(i18n::tr("which challenge file?"));
    if (solvable == !schedule_path.empty())
        return bad_usage(i18n::tr("give a schedule file to grade, or --solvable"));
    Challenge c;
    try {
        c = Challenge::load(challenge_path);
    } catch (const ChallengeError& e) {
        std::fprintf(stderr, "interleave check: %s\n", e.what());
        return 2;
    }
    std::string err;
    const DemoInfo* d = find_target(c.target, err);
    if (!d || !check_params(*d, c.params, err)) {
        std::fprintf(stderr, "interleave check: %s: %s\n", challenge_path.c_str(), err.c_str());
        return 2;
    }
    std::printf("%s\n", i18n::trf("--- check: {id} ({title}) ---", {{"id", c.id}, {"title", c.title.shown()}}).c_str());
    std::printf("%s\n", i18n::trf("goal:      {goal}; preemptions allowed: {max}",
                                  {{"goal", c.goal_text()}, {"max", std::to_string(c.max_preemptions)}})
                            .c_str());
    if (solvable) {
        const ExploreResult r = solve(c);
        if (r.verdict == ExploreVerdict::Error) {
            std::fprintf(stderr, "interleave check: %s: %s\n", challenge_path.c_str(), r.error.c_str());
            return 2;
        }
        if (r.verdict == ExploreVerdict::Found) {
            std::printf("%s\n", i18n::trf("solvable:  yes; fewest preemptions (par): {n}; found after {runs} schedules",
                                          {{"n", std::to_string(r.preemptions)}, {"runs", std::to_string(r.progress.runs)}})
                                    .c_str());
            if (!r.story.empty()) std::printf("%s\n", i18n::trf("story:     {story}", {{"story", r.story}}).c_str());
            return 0;
        }
        if (r.verdict == ExploreVerdict::OutOfBudget) {
            std::printf("%s\n", i18n::trf("solvable:  not found before the budget ran out: {covered}", {{"covered", describe(r)}}).c_str());
            return 1;
        }
        std::printf("%s\n", i18n::trf("solvable:  no, not in {covered}", {{"covered", describe(r)}}).c_str());
        return 1;
    }
    Schedule s;
    try {
        s = Schedule::load(schedule_path);
    } catch (const ScheduleError& e) {
        std::fprintf(stderr, "interleave check: %s\n", e.what());
        return 2;
    }
    CheckResult r;
    try {
        r = check(c, s);
    } catch (const ChallengeError& e) {
        std::fprintf(stderr, "interleave check: %s\n", e.what());
        return 2;
    }
    std::printf("%s\n", (r.pass ? i18n::trf("result:    pass: {reason}", {{"reason", r.reason}})
                                : i18n::trf("result:    fail: {reason}", {{"reason", r.reason}}))
                            .c_str());
    std::printf("%s\n", i18n::trf("           steps: {steps}; preemptions: {n}",
                                  {{"steps", std::to_string(r.steps)}, {"n", std::to_string(r.preemptions)}})
                            .c_str());
    return r.pass ? 0 : 1;
}

}  // namespace il::app
