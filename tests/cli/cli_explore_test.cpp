// tests/cli/cli_explore_test.cpp — `interleave explore` as a user types it:
// the verdict and its exit code, the failing schedule saved and replayed by
// `interleave run --schedule`, the budget, bad input refused with exit 2, and
// a Python program searched by the real binary.
#include <doctest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/cli_capture.hpp"

namespace fs = std::filesystem;
using il::test::run_cli;

namespace {

bool has(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

fs::path temp_dir(const char* tag) {
    const fs::path d = fs::temp_directory_path() / ("il_explore_" + std::string(tag) + "_" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}

}  // namespace

TEST_CASE("explore CLI: finds the lost update (exit 1), saves its schedule, and interleave run replays it") {
    const fs::path dir = temp_dir("lost");
    const std::string file = (dir / "lost.txt").string();
    const auto r = run_cli({"explore", "builtin.counter", "--param", "iterations=1", "--expect", "counter == expected",
                            "--save-schedule", file, "--jobs", "1"});
    CHECK(r.code == 1);
    CHECK(has(r.out, "bug found: counter (1) == expected (2) does not hold"));
    CHECK(has(r.out, "preemptions: 1"));
    CHECK(has(r.out, "schedule:  MainThread"));
    REQUIRE(fs::exists(file));
    const auto replay = run_cli({"run", "builtin.counter", "--schedule", file});
    CHECK(replay.code == 0);
    CHECK(has(replay.out, "counter = 1"));
    fs::remove_all(dir);
}

TEST_CASE("explore CLI: the locked counter has no bug within the bound (exit 0), and a spent budget is exit 3") {
    const auto none = run_cli({"explore", "builtin.counter", "--param", "iterations=1", "--param", "use_lock=true",
                               "--expect", "counter == expected", "--max-preemptions", "1"});
    CHECK(none.code == 0);
    CHECK(has(none.out, "no bug in every schedule with up to 1 preemptions"));
    // builtin.counter declares its sharing visible: reduced unless told not to.
    CHECK(has(none.out, "reduced:   "));
    CHECK(has(none.out, "distinct states; "));
    const auto full = run_cli({"explore", "builtin.counter", "--param", "iterations=1", "--param", "use_lock=true",
                               "--expect", "counter == expected", "--max-preemptions", "1", "--no-reduce"});
    CHECK(full.code == 0);
    CHECK_FALSE(has(full.out, "reduced:"));
    const auto budget = run_cli({"explore", "builtin.counter", "--param", "iterations=1", "--param", "use_lock=true",
                                 "--expect", "counter == expected", "--budget", "2"});
    CHECK(budget.code == 3);
    CHECK(has(budget.out, "budget ran out"));
    CHECK(has(budget.out, "2 schedules"));
}

TEST_CASE("explore CLI: the two-lock deadlock is found by the default schedule, without a preemption") {
    const auto r = run_cli({"explore", "deadlock.two_locks", "--param", "pause=0"});
    CHECK(r.code == 1);
    CHECK(has(r.out, "bug found: deadlock: "));
    CHECK(has(r.out, "preemptions: 0; found after 1 schedules"));
}

TEST_CASE("explore CLI: bad input is refused with exit 2 and says what is wrong") {
    const auto bad_number = run_cli({"explore", "builtin.counter", "--max-preemptions", "x"});
    CHECK(bad_number.code == 2);
    CHECK(has(bad_number.err, "--max-preemptions takes a whole number from 0 to 10, not 'x'"));
    const auto no_op = run_cli({"explore", "builtin.counter", "--expect", "counter"});
    CHECK(no_op.code == 2);
    CHECK(has(no_op.err, "has no comparison"));
    const auto jobs = run_cli({"explore", "builtin.counter", "--jobs", "0"});
    CHECK(jobs.code == 2);
    CHECK(has(jobs.err, "--jobs takes a whole number from 1 to 256, not '0'"));
    const auto budget = run_cli({"explore", "builtin.counter", "--budget", "0"});
    CHECK(budget.code == 2);
    CHECK(has(budget.err, "--budget takes"));
    const auto unknown = run_cli({"explore", "no.such.demo"});
    CHECK(unknown.code == 2);
    CHECK(has(unknown.err, "unknown demo 'no.such.demo'"));
    const auto bad_param = run_cli({"explore", "builtin.counter", "--param", "iterations=x"});
    CHECK(bad_param.code == 2);
    const auto missing = run_cli({"explore", "builtin.counter", "--param", "iterations=1", "--expect", "countr == 1"});
    CHECK(missing.code == 2);
    CHECK(has(missing.out, "the run has no result 'countr'; its results are: 'expected', 'counter', 'lost updates'"));
    const auto seed = run_cli({"explore", "builtin.counter", "--seed", "3"});
    CHECK(seed.code == 2);
    CHECK(has(seed.err, "--seed and --depth shape the random schedules: give --random N too"));
    const auto random = run_cli({"explore", "builtin.counter", "--random", "0"});
    CHECK(random.code == 2);
    CHECK(has(random.err, "--random takes a number of schedules from 1 to 10000000, not '0'"));
    const auto depth = run_cli({"explore", "builtin.counter", "--random", "5", "--depth", "11"});
    CHECK(depth.code == 2);
    CHECK(has(depth.err, "--depth takes a whole number from 1 to 10, not '11'"));
    // A run far too long to search says so at once rather than searching blind.
    const auto big = run_cli({"explore", "builtin.counter", "--param", "iterations=100000"});
    CHECK(big.code == 2);
    CHECK(has(big.out, "explore needs a small run"));
}

TEST_CASE("explore CLI: a Python program's two-lock deadlock is found by the real binary") {
    const fs::path dir = temp_dir("py");
    const fs::path py = dir / "abba.py";
    std::ofstream(py) << "import threading\n"
                         "a, b = threading.Lock(), threading.Lock()\n"
                         "def one():\n"
                         "    with a:\n"
                         "        with b: pass\n"
                         "def two():\n"
                         "    with b:\n"
                         "        with a: pass\n"
                         "ts = [threading.Thread(target=one), threading.Thread(target=two)]\n"
                         "for t in ts: t.start()\n"
                         "for t in ts: t.join()\n";
    const auto r = il::test::shell(std::string(IL_INTERLEAVE_BINARY) + " explore '" + py.string() + "'");
    CHECK(r.code == 1);
    CHECK(has(r.out, "bug found: deadlock: "));
    CHECK_FALSE(has(r.out, "reduced:"));  // a Python program's threads share plain objects unseen: every schedule runs
    const auto asked = il::test::shell(std::string(IL_INTERLEAVE_BINARY) + " explore '" + py.string() + "' --reduce");
    CHECK(asked.code == 1);
    CHECK(has(asked.out, "reduced:   "));
    fs::remove_all(dir);
}

TEST_CASE("explore CLI: five Python philosophers, the switching schedule closes their ring at once, and a random schedule's is shrunk to the fewest preemptions by moving them") {
    const fs::path dir = temp_dir("phil");
    const fs::path py = dir / "philosophers.py";
    std::ofstream(py) << "import threading\n"
                         "forks = [threading.Lock() for _ in range(5)]\n"
                         "def philosopher(i):\n"
                         "    left, right = forks[i], forks[(i + 1) % 5]\n"
                         "    left.acquire()\n"
                         "    right.acquire()\n"
                         "    print(i, 'eats')\n"
                         "    right.release()\n"
                         "    left.release()\n"
                         "ts = [threading.Thread(target=philosopher, args=(i,)) for i in range(5)]\n"
                         "for t in ts: t.start()\n"
                         "for t in ts: t.join()\n";
    // PCT's seed 125 at depth 9 draws the ring with 7 preemptions; dropping
    // preemptions alone leaves 5; reordering the steps reaches 4, one per
    // philosopher but the last (core/explore/independence.hpp).
    const auto r = il::test::shell(std::string(IL_INTERLEAVE_BINARY) + " explore '" + py.string() +
                                   "' --max-preemptions 0 --random 1 --seed 125 --depth 9 --jobs 1");
    CHECK(r.code == 1);
    CHECK(has(r.out, "bug found: deadlock: "));
    CHECK(has(r.out, "shrunk from 7 preemptions in "));
    CHECK(has(r.out, "preemptions: 4; "));
    // Without a random phase, the schedule that switches after every acquire
    // (tried after the default's) closes the ring in one run; the bounded
    // search alone would need four preemptions, thousands of schedules.
    const auto plain = il::test::shell(std::string(IL_INTERLEAVE_BINARY) + " explore '" + py.string() + "' --budget 40");
    CHECK(plain.code == 1);
    CHECK(has(plain.out, "by the schedule that switches after every acquire, after every schedule with up to 0 "
                         "preemptions (1 schedules run); shrunk from 4 preemptions"));
    CHECK(has(plain.out, "preemptions: 4; "));
    fs::remove_all(dir);
}

TEST_CASE("explore CLI: Ctrl+C ends a long search at once, says what it covered, exits 130 and leaves no run process behind") {
    // Five philosophers with a waiter: tens of thousands of schedules.
    const std::string cmd = std::string(IL_INTERLEAVE_BINARY) +
                            " explore deadlock.philosophers_waiter --jobs 2 & pid=$!; sleep 1; kill -INT $pid; wait $pid";
    const auto r = il::test::shell(cmd);
    CHECK(r.code == 130);
    CHECK(has(r.out, "none found before it was interrupted: every schedule with up to"));
    // Every run process was stopped with its search (`interleave-run DEMO` in ps; the brackets keep
    // pgrep from matching the shell that runs it).
    const auto left = il::test::shell("pgrep -af 'explor[e] deadlock.philosophers_waiter|interleave-ru[n] deadlock.philosophers_waiter' || true");
    CHECK_MESSAGE(left.out.empty(), left.out);
}

TEST_CASE("explore CLI: --random finds past the bound, says the seed and the shrinking, and saves a schedule that replays it") {
    const fs::path saved = fs::temp_directory_path() / ("il_explore_pct_" + std::to_string(::getpid()) + ".schedule");
    const auto r = run_cli({"explore", "builtin.counter", "--param", "iterations=3", "--expect", "counter == expected",
                            "--max-preemptions", "0", "--random", "200", "--jobs", "1", "--save-schedule", saved.string()});
    CHECK(r.code == 1);
    CHECK(has(r.out, "by a random schedule (PCT, seed "));
    CHECK(has(r.out, "after every schedule with up to 0 preemptions (1 schedules run), and "));
    const auto replay = run_cli({"run", "builtin.counter", "--schedule", saved.string()});
    CHECK(replay.code == 0);
    CHECK_FALSE(has(replay.out, "counter = 6"));
    fs::remove(saved);
}
