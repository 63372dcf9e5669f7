// app/cli/cli.hpp — the command-line front end.
//
//   interleave list
//   interleave run DEMO [--param k=v]... [--mode run|slow|step|replay] ...
//
// and the hidden entry point a run process starts in (see core/observer/run.hpp).
// Exit codes: 0 completed, 1 deadlock/stuck/crash found or output that could
// not be written (stdout, --trace, --save), 2 bad usage, 128+N stopped by
// signal N (SIGINT, SIGTERM, SIGHUP) after the summary and files were written.
#pragma once

#include <string_view>

namespace il::app {

// True when argv names a CLI subcommand (list, run, help) or the run-process entry.
bool is_cli_command(std::string_view first_arg);

// Runs the CLI; returns the process exit code.
int cli_main(int argc, char** argv);

}  // namespace il::app
