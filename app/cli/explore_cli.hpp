// app/cli/explore_cli.hpp — `interleave explore`: search a demo's or a Python
// program's schedules for a failing one (core/explore/explore.hpp).
//
// Thread rules: called on the main thread; blocks until the search ends.
#pragma once

namespace il::app {

// argv[1] == "explore". Returns the exit code (0 none found within the bound,
// 1 found, 2 bad usage, 3 out of budget).
int cmd_explore(int argc, char** argv);

}  // namespace il::app
