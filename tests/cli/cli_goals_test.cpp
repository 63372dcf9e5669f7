// tests/cli/cli_goals_test.cpp — the goals judged over the trace: two workers
// inside one critical section (named by lines or by a lock), a worker
// starved, a process orphaned and a zombie left; solvable where the program allows it, impossible where a Lock
// forbids it, and a goal naming a lock or worker the run lacks refused with
// the list of those it has.
#include <doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/explore/challenge.hpp"
#include "tests/support/cli_capture.hpp"

namespace fs = std::filesystem;
using il::test::run_cli;
using il::test::shell;
using namespace il::core;

namespace {

bool has(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

struct TempFile {
    fs::path path;
    explicit TempFile(const std::string& name, const std::string& text)
        : path(fs::temp_directory_path() / ("il_goals_" + std::to_string(::getpid()) + "_" + name)) {
        std::ofstream(path) << text;
    }
    ~TempFile() { fs::remove(path); }
    std::string str() const { return path.string(); }
};

// builtin.counter: line 26 reads the counter, line 27 writes it back (demos/builtin_counter.cpp).
std::string counter(const std::string& params, const std::string& goal, int max_preemptions = 2) {
    return "format = 1\nid = \"t\"\ntitle = { en = \"T\" }\ntarget = \"builtin.counter\"\nparams = [" + params +
           "]\ngoal = " + goal + "\nlimits = { max_preemptions = " + std::to_string(max_preemptions) + " }\n";
}

}  // namespace

TEST_CASE("goals: two workers inside the read-add-write lines takes one preemption, and a Lock makes it impossible") {
    const TempFile lines("lines.toml", counter("\"iterations=1\"", "{ kind = \"critical-section\", lines = [26, 27] }"));
    const Challenge c = Challenge::load(lines.str());
    const ExploreResult r = solve(c, 1);
    REQUIRE_MESSAGE(r.verdict == ExploreVerdict::Found, r.error);
    CHECK(r.preemptions == 1);  // without one, each thread reads and writes before the other starts
    CHECK(has(r.reason, "Thread-1, Thread-2 are inside lines 26–27 at once"));
    // The solution passes the check; a run without a preemption does not.
    CHECK(check(c, r.schedule).pass);
    const TempFile locked("locked.toml", counter("\"iterations=1\", \"use_lock=true\"",
                                                 "{ kind = \"critical-section\", lock = \"counter_lock\" }"));
    const ExploreResult none = solve(Challenge::load(locked.str()), 1);
    CHECK_MESSAGE(none.verdict == ExploreVerdict::None, none.reason, none.error);
}

TEST_CASE("goals: a worker kept ready while the others take N steps is starved") {
    const TempFile starve("starve.toml",
                          "format = 1\nid = \"s\"\ntitle = { en = \"S\" }\ntarget = \"thread.order\"\n"
                          "params = [\"threads=3\", \"rounds=3\", \"pause=0\"]\n"
                          "goal = { kind = \"starve\", worker = \"Thread-2\", steps = 8 }\nlimits = { max_preemptions = 1 }\n");
    const ExploreResult r = solve(Challenge::load(starve.str()), 1);
    REQUIRE_MESSAGE(r.verdict == ExploreVerdict::Found, r.error);
    CHECK(has(r.reason, "Thread-2 stayed ready while the others took 8 steps"));
    const auto cli = run_cli({"check", starve.str(), "--solvable"});
    CHECK(cli.code == 0);
    CHECK(has(cli.out, "keep Thread-2 waiting, ready, while the others take 8 steps"));
}

TEST_CASE("goals: an orphan is a process whose parent ends while it still runs, judged from the trace") {
    // fork.orphan: Child-1 leaves its child running, in every schedule (two
    // Events pin the order); MainThread waits for Child-1, so Child-1 is never one.
    const auto orphan = [](const std::string& worker) {
        return "format = 1\nid = \"o\"\ntitle = { en = \"O\" }\ntarget = \"fork.orphan\"\n"
               "goal = { kind = \"orphan\", worker = \"" + worker + "\" }\nlimits = { max_preemptions = 1 }\n";
    };
    const TempFile grandchild("orphan.toml", orphan("Child-1/Child-1"));
    const ExploreResult r = solve(Challenge::load(grandchild.str()), 1);
    REQUIRE_MESSAGE(r.verdict == ExploreVerdict::Found, r.error);
    CHECK(r.preemptions == 0);
    CHECK(has(r.reason, "Child-1/Child-1 was orphaned: Child-1 ended while it still ran"));
    CHECK(has(r.story, "Child-1 forks Child-1/Child-1"));
    CHECK(has(r.story, "leaves Child-1/Child-1 an orphan"));
    const TempFile child("child.toml", orphan("Child-1"));
    const ExploreResult none = solve(Challenge::load(child.str()), 1);
    CHECK_MESSAGE(none.verdict == ExploreVerdict::None, none.reason, none.error);
    const TempFile missing("missing.toml", orphan("Child-7"));
    const auto cli = run_cli({"check", missing.str(), "--solvable"});
    CHECK(cli.code == 2);
    CHECK(has(cli.err, "the run has no worker named 'Child-7' (it has: MainThread, Child-1, Child-1/Child-1)"));
}

TEST_CASE("goals: the shipped orphan and zombie are not reached by the default schedule, and are with one preemption") {
    const std::string bin = IL_INTERLEAVE_BINARY;
    const fs::path dir = fs::path(IL_SOURCE_DIR) / "challenges";
    for (const std::string name : {"orphan", "zombie"}) {
        CAPTURE(name);
        const TempFile plain(name + ".sched", "");
        const auto run = shell(bin + " run '" + (dir / "programs" / (name + ".py")).string() +
                               "' --mode step --save-schedule '" + plain.str() + "'");
        REQUIRE_MESSAGE(run.code == 0, run.out);
        const auto fail = shell(bin + " check '" + (dir / (name + ".toml")).string() + "' '" + plain.str() + "'");
        CHECK_MESSAGE(fail.code == 1, fail.out);
        const auto solved = shell(bin + " check '" + (dir / (name + ".toml")).string() + "' --solvable");
        CHECK_MESSAGE(solved.code == 0, solved.out);
        CHECK(has(solved.out, "fewest preemptions (par): 1"));
        CHECK(has(solved.out, name == "orphan" ? "leaves Child-1/Child-1 an orphan, ends" : "Child-1 ends → MainThread reaps Child-1"));
    }
}

TEST_CASE("goals: a lock or worker the run does not have is refused with those it has, and bad goal fields with their line") {
    const TempFile lock("lock.toml", counter("\"iterations=1\", \"use_lock=true\"", "{ kind = \"critical-section\", lock = \"mutex\" }"));
    const auto a = run_cli({"check", lock.str(), "--solvable"});
    CHECK(a.code == 2);
    CHECK(has(a.err, "the run has no lock named 'mutex' (it has: counter_lock)"));
    const TempFile worker("worker.toml", counter("\"iterations=1\"", "{ kind = \"starve\", worker = \"Thread-9\", steps = 3 }"));
    const auto b = run_cli({"check", worker.str(), "--solvable"});
    CHECK(b.code == 2);
    CHECK(has(b.err, "the run has no worker named 'Thread-9' (it has: MainThread, Thread-1, Thread-2)"));
    const TempFile both("both.toml", counter("", "{ kind = \"critical-section\", lines = [3, 4], lock = \"x\" }"));
    const auto c = run_cli({"check", both.str(), "--solvable"});
    CHECK(c.code == 2);
    CHECK(has(c.err, both.str() + ":6: a critical section is named by lines = [FIRST, LAST] or by lock = \"NAME\", one of them"));
    const TempFile order("order.toml", counter("", "{ kind = \"critical-section\", lines = [9, 4] }"));
    const auto d = run_cli({"check", order.str(), "--solvable"});
    CHECK(d.code == 2);
    CHECK(has(d.err, order.str() + ":6: 'lines': expected [FIRST, LAST]"));
    const TempFile steps("steps.toml", counter("", "{ kind = \"starve\", worker = \"Thread-1\" }"));
    const auto e = run_cli({"check", steps.str(), "--solvable"});
    CHECK(e.code == 2);
    CHECK(has(e.err, steps.str() + ":6: 'steps': expected how many steps"));
}
