// tests/gui/smoke_util.hpp — helpers for the tests that drive the real
// `interleave` executable: a scratch directory, and running on a private Xvfb
// screen (xvfb-run), skipped with a message where xvfb-run is missing (CI
// installs it, so there it must run).
#pragma once

#include <doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "child_process.hpp"

namespace il::test {

inline const std::string kExe = IL_INTERLEAVE_EXE;

// A fresh empty directory under the temp dir, removed at scope exit.
struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& name)
        : path(std::filesystem::temp_directory_path() / ("il_gui_" + name + "_" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
};

// True when `program` can be used; otherwise says the test is skipped (and
// fails on CI, which must have it).
inline bool have_tool(const std::string& program, const char* package) {
    if (in_path(program)) return true;
    const char* ci = std::getenv("CI");
    if (ci != nullptr && std::string(ci) == "true") FAIL(program << " is missing; CI must install " << package);
    MESSAGE("skipped: " << program << " is not installed (apt-get install " << package << ")");
    return false;
}

// Runs `command...` on a private Xvfb screen of 1600x1000. Returns false
// (and says why) when xvfb-run is not installed.
inline bool run_on_xvfb(const std::vector<std::string>& command, const EnvChanges& env, const std::string& cwd,
                        ChildResult& result) {
    if (!have_tool("xvfb-run", "xvfb xauth")) return false;
    std::vector<std::string> argv = {"xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"};
    argv.insert(argv.end(), command.begin(), command.end());
    // In sanitizer builds, LeakSanitizer reports allocations of the Mesa GL
    // driver, which is unloaded at exit so its leaks cannot be suppressed by
    // name. Leak checking of our own GUI code is done by il_gui_tests, which
    // draws the same frames without a GL driver.
    EnvChanges with_asan = env;
    const char* asan = std::getenv("ASAN_OPTIONS");
    with_asan["ASAN_OPTIONS"] = std::string(asan != nullptr ? asan : "") + ":detect_leaks=0";
    result = run_child(argv, with_asan, cwd);
    REQUIRE_FALSE(result.timed_out);
    return true;
}

// `interleave args...` on a private Xvfb screen.
inline bool interleave_on_xvfb(const std::vector<std::string>& args, const EnvChanges& env, const std::string& cwd,
                               ChildResult& result) {
    std::vector<std::string> command = {kExe};
    command.insert(command.end(), args.begin(), args.end());
    return run_on_xvfb(command, env, cwd, result);
}

}  // namespace il::test
