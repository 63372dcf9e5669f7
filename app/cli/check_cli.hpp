// app/cli/check_cli.hpp — `interleave check`: grade a learner's schedule
// against a challenge file, or prove the challenge solvable with explore
// mode (core/explore/challenge.hpp, docs/challenges.md).
//
// Thread rules: called on the main thread; blocks while it runs the target.
#pragma once

namespace il::app {

// argv[1] == "check". Exit codes: 0 pass / solvable, 1 fail / not solvable
// within the limits, 2 a bad challenge or schedule file, or bad usage.
int cmd_check(int argc, char** argv);

}  // namespace il::app
