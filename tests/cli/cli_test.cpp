// The CLI: every bad input gets a message and exit code 2; runs end with the
// documented exit codes and a summary that says what happened.
#include <doctest.h>

#include <dirent.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/cli.hpp"
#include "tests/support/cli_capture.hpp"
#include "tests/support/processes.hpp"
#include "app/cli/cli_options.hpp"

namespace {

using Captured = il::test::CliResult;
Captured cli(std::vector<std::string> args) { return il::test::run_cli(std::move(args)); }
using il::test::slurp;

bool parses(std::vector<std::string> args, std::string& err) {
    args.insert(args.begin(), {"interleave", "run"});
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    il::app::RunArgs out;
    return il::app::parse_run_args(static_cast<int>(argv.size()), argv.data(), out, err);
}

// Children of this process still around (running or zombie).
int children_left() { return il::test::children_of(getpid()); }

}  // namespace

TEST_CASE("CLI: bad run arguments are refused with a message naming the problem") {
    std::string err;
    CHECK_FALSE(parses({"builtin.counter", "--frobnicate", "1"}, err));
    CHECK(err == "unknown option '--frobnicate'");
    CHECK_FALSE(parses({"no.such.demo"}, err));
    CHECK(err == "unknown demo 'no.such.demo' (see `interleave list`)");
    CHECK_FALSE(parses({"builtin.counter", "--param", "iterations=-5"}, err));
    CHECK(err == "iterations: '-5' is out of range [1, 10000000]");
    CHECK_FALSE(parses({"builtin.counter", "--param", "colour=red"}, err));
    CHECK(err.find("unknown parameter 'colour'") == 0);
    CHECK_FALSE(parses({"builtin.counter", "--param", "use_lock=maybe"}, err));
    CHECK(err == "use_lock: 'maybe' is not true/false");
    CHECK_FALSE(parses({"builtin.counter", "--mode", "fast"}, err));
    CHECK(err == "--mode must be run, slow, step or replay, not 'fast'");
    CHECK_FALSE(parses({"builtin.counter", "--mode", "replay"}, err));
    CHECK(err == "--mode replay needs --schedule FILE");
    CHECK_FALSE(parses({"builtin.counter", "--schedule", "/nonexistent.sched"}, err));
    CHECK(err == "cannot open schedule file '/nonexistent.sched': No such file or directory");
    CHECK_FALSE(parses({"builtin.counter", "--timeout", "-1"}, err));
    CHECK_FALSE(parses({"builtin.counter", "--timeout"}, err));
    CHECK(err == "--timeout needs a value");
    CHECK_FALSE(parses({"builtin.counter", "--save-schedule", "/tmp/x"}, err));
    CHECK_FALSE(parses({}, err));
    CHECK(err == "which demo? (see `interleave list`)");
    CHECK_FALSE(parses({"builtin.counter", "builtin.deadlock"}, err));
}

TEST_CASE("CLI: a schedule file with a bad line is refused with its line number") {
    const std::string path = "/tmp/il_bad_schedule_" + std::to_string(getpid());
    std::ofstream(path) << "version 1\nstep\n";
    std::string err;
    CHECK_FALSE(parses({"builtin.counter", "--schedule", path}, err));
    CHECK(err == path + ": schedule line 2: expected 'step WORKER' or 'step WORKER timeout'");
    std::remove(path.c_str());
}

TEST_CASE("CLI: usage errors exit with code 2 and print the usage") {
    const Captured c = cli({"run", "builtin.counter", "--nope", "1"});
    CHECK(c.code == 2);
    CHECK(c.err.find("unknown option '--nope'") != std::string::npos);
    CHECK(c.err.find("usage: interleave") != std::string::npos);
    CHECK(cli({"list", "extra"}).code == 2);
}

TEST_CASE("CLI: list shows the built-in demos under their group") {
    const Captured c = cli({"list"});
    CHECK(c.code == 0);
    CHECK(c.out.find("Built-in\n") != std::string::npos);
    CHECK(c.out.find("builtin.counter") != std::string::npos);
    CHECK(c.out.find("builtin.deadlock") != std::string::npos);
}

TEST_CASE("CLI: the counter with a lock completes with exactly 2n and exit code 0") {
    const Captured c = cli({"run", "builtin.counter", "--param", "iterations=5000", "--param", "use_lock=true"});
    CHECK(c.code == 0);
    CHECK(c.out.find("outcome:   completed") != std::string::npos);
    CHECK(c.out.find("result:    counter = 10000") != std::string::npos);
    CHECK(c.out.find("result:    lost updates = 0") != std::string::npos);
    CHECK(children_left() == 0);
}

TEST_CASE("CLI: the two-lock deadlock is found in run mode, named, and the run is stopped (exit 1)") {
    const Captured c = cli({"run", "builtin.deadlock", "--timeout", "20"});
    CHECK(c.code == 1);
    const bool named = c.out.find("deadlock: Thread-1 waits for lock_b held by Thread-2, which waits for lock_a held "
                                  "by Thread-1") != std::string::npos ||
                       c.out.find("deadlock: Thread-2 waits for lock_a held by Thread-1, which waits for lock_b held "
                                  "by Thread-2") != std::string::npos;
    CHECK_MESSAGE(named, c.out);
    CHECK(children_left() == 0);
}

TEST_CASE("CLI: in step mode the deadlock is found, and the recorded schedule replays to the same outcome") {
    const std::string sched = "/tmp/il_cli_sched_" + std::to_string(getpid());
    const Captured a = cli({"run", "builtin.deadlock", "--mode", "step", "--save-schedule", sched});
    CHECK(a.code == 1);
    CHECK(a.out.find("outcome:   deadlock: ") != std::string::npos);
    const Captured b = cli({"run", "builtin.deadlock", "--schedule", sched});
    CHECK(b.code == 1);
    CHECK(b.out.find("outcome:   deadlock: ") != std::string::npos);
    auto outcome = [](const std::string& s) {
        const size_t at = s.find("outcome:");
        return s.substr(at, s.find('\n', at) - at);
    };
    CHECK(outcome(a.out) == outcome(b.out));
    std::remove(sched.c_str());
    CHECK(children_left() == 0);
}

TEST_CASE("CLI: a run that outlives --timeout is stopped, reported, and leaves no process behind") {
    const Captured c = cli({"run", "builtin.deadlock", "--param", "pause=2", "--param", "same_order=true",
                            "--timeout", "0.3", "--quiet"});
    CHECK(c.code == 1);
    CHECK(c.out.find("outcome:   timed out after 0.3") != std::string::npos);
    CHECK(children_left() == 0);
}
