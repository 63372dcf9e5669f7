// tests/support/cli_capture.hpp — runs the CLI in the test process with its
// stdout and stderr captured in files, as a user's shell would see them.
// Thread rules: tests call it from the doctest thread only (it swaps fds 1, 2).
#pragma once

#include <doctest.h>
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
    std::string out, err;
};

inline std::string slurp(const std::string& path) {
    std::ifstream f(path);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
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
