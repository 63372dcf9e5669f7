// The CLI and the files it reads (issue #9): schedules of demos whose worker
// names hold spaces replay; a schedule with steps left over fails the run
// (exit 1); FIFOs, devices and oversized files are refused at once (exit 2);
// a schedule's bytes are never echoed raw.
#include <doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/cli.hpp"
#include "tests/support/cli_capture.hpp"

namespace {

using Result = il::test::CliResult;
using il::test::run_cli;
using il::test::slurp;

std::string temp(const std::string& name) { return "/tmp/il_clif_" + std::to_string(getpid()) + "_" + name; }

std::string outcome(const std::string& out) {
    const size_t at = out.find("outcome:");
    return at == std::string::npos ? "<no outcome>" : out.substr(at, out.find('\n', at) - at);
}

}  // namespace

TEST_CASE("CLI files: a step-mode schedule of a demo with spaced worker names replays (pool.map)") {
    const std::string sched = temp("pool.sched");
    const Result a = run_cli({"run", "pool.map", "--mode", "step", "--quiet", "--save-schedule", sched});
    CHECK_MESSAGE(a.code == 0, a.out, a.err);
    CHECK(slurp(sched).find("step \"Thread-1 (_handle_workers)\"") != std::string::npos);
    const Result b = run_cli({"run", "pool.map", "--schedule", sched, "--quiet"});
    CHECK_MESSAGE(b.code == 0, b.out, b.err);
    CHECK(outcome(b.out) == outcome(a.out));
    std::remove(sched.c_str());
}

TEST_CASE("CLI files: a schedule with steps left over when the run ends fails with exit 1, saying how many") {
    const std::string sched = temp("counter.sched");
    const Result a = run_cli({"run", "builtin.counter", "--param", "iterations=2", "--mode", "step", "--quiet",
                              "--save-schedule", sched});
    REQUIRE_MESSAGE(a.code == 0, a.out, a.err);
    {
        std::ofstream f(sched, std::ios::app);
        for (int i = 0; i < 17000; ++i) f << "step MainThread\n";
    }
    const Result b = run_cli({"run", "builtin.counter", "--schedule", sched, "--quiet"});
    CHECK(b.code == 1);
    CHECK_MESSAGE(b.out.find("replay incomplete: the run ended with 17000 of ") != std::string::npos, b.out);
    std::remove(sched.c_str());
}

TEST_CASE("CLI files: FIFOs, devices, folders and huge files are refused at once with exit 2") {
    const std::string fifo = temp("fifo");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string big = temp("big");
    std::ofstream(big).close();
    std::filesystem::resize_file(big, 1ull << 30);  // sparse: no disk used
    const auto t0 = std::chrono::steady_clock::now();
    for (const std::string& path : {fifo, std::string("/dev/zero"), std::string("/tmp"), big}) {
        CAPTURE(path);
        const Result r = run_cli({"run", "builtin.counter", "--schedule", path});
        CHECK(r.code == 2);
        CHECK(r.err.find("schedule file '" + path + "'") != std::string::npos);
    }
    CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() < 2.0);
    std::remove(fifo.c_str());
    std::remove(big.c_str());
}

TEST_CASE("CLI files: a schedule's control bytes are escaped in the error, never printed raw") {
    const std::string sched = temp("evil.sched");
    std::ofstream(sched) << "version 2\nstep A \x1b[2J\x1b]0;pwned\x07\n";
    const Result r = run_cli({"run", "builtin.counter", "--schedule", sched});
    CHECK(r.code == 2);
    CHECK(r.err.find('\x1b') == std::string::npos);
    CHECK_MESSAGE(r.err.find("unknown step option '\\x1b[2J\\x1b]0;pwned\\x07'") != std::string::npos, r.err);
    std::remove(sched.c_str());
}
