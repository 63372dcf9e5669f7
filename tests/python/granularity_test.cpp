// tests/python/granularity_test.cpp — what one step is in step mode: each
// primitive call (operations), each line of the program (lines), or, on a line
// that reads and writes one shared place, each bytecode instruction
// (bytecode); and whether CPython 3.11 itself could switch threads there.
// The program runs in a real run process, stepped by a strategy that reads
// each pending step as the window's Run controls do (core::snapshot_live).
#include <doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "core/observer/director.hpp"
#include "core/observer/observe.hpp"
#include "core/observer/snapshot.hpp"
#include "tests/python/program.hpp"

using namespace il::core;

namespace {

// Takes turns like round-robin, recording "worker -> call  line N" for every grant.
class Recorder : public Strategy {
public:
    std::optional<Choice> next(const Arena& arena, const std::vector<Choice>& choices, std::string& error) override {
        const RunSnapshot snap = snapshot_live(arena, empty_);
        const std::optional<Choice> pick = rr_->next(arena, choices, error);
        if (pick) {
            const WorkerView* w = snap.worker(pick->worker);
            steps.push_back(w->name + " -> " + w->call + "  line " + std::to_string(w->line));
        }
        return pick;
    }
    std::vector<std::string> steps;

private:
    TraceStore empty_;
    std::unique_ptr<Strategy> rr_ = make_round_robin();
};

Observation step(const il::test::Program& p, const std::string& granularity, Strategy& s) {
    ObserveOptions opt;
    opt.run.demo_id = p.path();
    opt.run.mode = DirectorMode::Step;
    opt.run.params = {"granularity=" + granularity};
    opt.strategy = &s;
    opt.timeout_s = 60;
    return observe_run(opt);
}

size_t count_with(const std::vector<std::string>& steps, const std::string& what) {
    return static_cast<size_t>(
        std::count_if(steps.begin(), steps.end(), [&](const std::string& s) { return s.find(what) != std::string::npos; }));
}

std::string console(const TraceStore& s) {
    std::string out;
    for (const ConsoleLine& l : s.console()) out += std::string(s.text(l.text));
    return out;
}

const char* kCounter =
    "import threading\n"                    // 1
    "g_num = 0\n"                           // 2
    "def work():\n"                         // 3
    "    global g_num\n"                    // 4
    "    for i in range(2):\n"              // 5
    "        g_num += 1\n"                  // 6
    "t1 = threading.Thread(target=work)\n"  // 7
    "t2 = threading.Thread(target=work)\n"  // 8
    "t1.start(); t2.start()\n"              // 9
    "t1.join(); t2.join()\n"                // 10
    "print('g_num =', g_num)\n";            // 11

}  // namespace

TEST_CASE("granularity operations: only primitive calls are steps, no line of the program is") {
    il::test::Program p(kCounter);
    Recorder r;
    const Observation o = step(p, "operations", r);
    CHECK(o.outcome == "completed");  // (status may still read Running: the run can end before the director sees it)
    CHECK(count_with(r.steps, "g_num += 1") == 0);
    CHECK(count_with(r.steps, ".start()") == 2);
}

TEST_CASE("granularity lines: each line the program runs is a step named by its text, marked where 3.11 could not switch threads before it") {
    il::test::Program p(kCounter);
    Recorder r;
    const Observation o = step(p, "lines", r);
    CHECK(o.outcome == "completed");  // (status may still read Running: the run can end before the director sees it)
    // After the loop's back-edge (and the private FOR_ITER, STORE_FAST i): 3.11 may switch.
    CHECK(count_with(r.steps, "-> g_num += 1  line 6") == 4);
    CHECK(count_with(r.steps, "-> for i in range(2):  line 5") >= 4);
    // After `t2 = ...` stored a global, before any call: 3.11 cannot switch.
    CHECK(count_with(r.steps, "-> t1.start(); t2.start()  (3.11 never switches threads here)  line 9") == 1);
    CHECK(count_with(r.steps, "LOAD_GLOBAL") == 0);
}

TEST_CASE("granularity bytecode: g_num += 1 splits into read, compute and write, and a lost update can be made by hand — but 3.11 never switches threads between the read and the write") {
    il::test::Program p(kCounter);
    // Turn about, instruction by instruction: both threads read g_num before either writes, twice.
    Recorder r;
    const Observation o = step(p, "bytecode", r);
    CHECK(o.outcome == "completed");  // (status may still read Running: the run can end before the director sees it)
    CHECK(count_with(r.steps, "-> read g_num (LOAD_GLOBAL)  line 6") == 4);
    CHECK(count_with(r.steps, "-> compute += (BINARY_OP)  (3.11 never switches threads here)  line 6") == 4);
    CHECK(count_with(r.steps, "-> write g_num (STORE_GLOBAL)  (3.11 never switches threads here)  line 6") == 4);
    CHECK(count_with(r.steps, "-> g_num += 1") == 0);  // the split line has no line step of its own
    CHECK(count_with(r.steps, "JUMP_BACKWARD") == 0);  // a jump moves no data: not a step
    CHECK(console(o.store).find("g_num = 2") != std::string::npos);  // two of the four updates were lost
}

TEST_CASE("granularity bytecode: a saved schedule replays exactly — the same steps, the same lost updates") {
    il::test::Program p(kCounter);
    const std::string sched = p.file("s.schedule");
    const auto first = p.run({"--mode", "step", "--granularity", "bytecode", "--policy", "random", "--seed", "5",
                              "--save-schedule", sched});
    REQUIRE(first.code == 0);
    const auto again = p.run({"--schedule", sched});
    CHECK(again.code == 0);
    const auto result = [](const std::string& out) { return out.substr(out.find("g_num = "), 9); };
    CHECK(result(again.out) == result(first.out));
    const auto steps = [](const std::string& out) {
        const size_t end = out.find(" steps\n");
        return end == std::string::npos ? std::string() : out.substr(out.rfind(' ', end - 1), end - out.rfind(' ', end - 1));
    };
    CHECK(!steps(first.out).empty());
    CHECK(steps(again.out) == steps(first.out));
}
