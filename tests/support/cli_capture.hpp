// tests/support/cli_capture.hpp — runs the CLI in the test process with its
// stdout and stderr captured in files, as a user's shell would see them.
// Thread rules: tests call it from the doctest thread only (it swaps fds 1, 2).
#pragma once

#include <doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/cli.hpp"

namespace il::test {

struct CliResult {
    int code = -1;
    std::string out, err;  // shell(): both in `out`
};

inline std::string slurp(const std::string& path) {
    std::ifstream f(path);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// A shell command's exit code and its stdout and stderr together, for the
// tests that start a real binary (the language is chosen in main(); which
// binary hosts the runs; a Python program, which needs the real front).
inline CliResult shell(const std::string& cmd) {
    CliResult o;
    FILE* p = popen((cmd + " 2>&1").c_str(), "r");
    REQUIRE(p != nullptr);
    char buf[4096];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) o.out.append(buf, n);
    const int status = pclose(p);
    o.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return o;
}

// cli_main({"interleave", args...}) with stdout/stderr redirected to files.
inline CliResult run_cli(std::vector<std::string> args) {
    args.insert(args.begin(), "interleave");
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::fflush(stdout);
    std::fflush(stderr);
    const std::string out_path = "/tmp/il_cli_out_" + std::to_string(::getpid());
    const std::string err_path = "/tmp/il_cli_err_" + std::to_string(::getpid());
    const int saved_out = dup(1), saved_err = dup(2);
    REQUIRE(std::freopen(out_path.c_str(), "w", stdout));
    REQUIRE(std::freopen(err_path.c_str(), "w", stderr));
    CliResult r;
    r.code = il::app::cli_main(static_cast<int>(args.size()), argv.data());
    std::fflush(stdout);
    std::fflush(stderr);
    dup2(saved_out, 1);
    dup2(saved_err, 2);
    close(saved_out);
    close(saved_err);
    r.out = slurp(out_path);
    r.err = slurp(err_path);
    std::remove(out_path.c_str());
    std::remove(err_path.c_str());
    return r;
}

}  // namespace il::test
