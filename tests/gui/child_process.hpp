// tests/gui/child_process.hpp — runs a program to completion with a changed
// environment and captures its exit code, stdout and stderr, for the tests
// that drive the real `interleave` executable.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace il::test {

struct ChildResult {
    int exit_code = -1;  // -1 when it did not exit normally
    int signal = 0;      // the signal that ended it, if any
    bool timed_out = false;
    std::string out, err;
};

// Environment changes: a value sets the variable, std::nullopt unsets it.
using EnvChanges = std::map<std::string, std::optional<std::string>>;

// Runs argv[0] (looked up in PATH when it has no slash) in `cwd` (empty: this
// process's). Kills its process group (and reports timed_out) if it runs
// longer than `timeout`.
ChildResult run_child(const std::vector<std::string>& argv, const EnvChanges& env, const std::string& cwd = {},
                      std::chrono::seconds timeout = std::chrono::seconds(120));

// True when `program` is found in PATH.
bool in_path(const std::string& program);

}  // namespace il::test
