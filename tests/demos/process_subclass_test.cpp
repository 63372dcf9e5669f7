// process.subclass: start() runs the overridden run() in the child.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("process.subclass: the overridden run() executes in a child of the main process") {
    for (int mode = 0; mode < 2; ++mode) {
        const Observation o =
            mode == 0 ? observe_demo("process.subclass", {"interval=0.02"}) : step_demo("process.subclass");
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "child's getppid()") == result_int(o, "main pid"));
        CHECK(result(o, "p1.name") == "Process-1");
        CHECK(result_int(o, "p1.exitcode") == 0);
        const auto lines = printed_by(o.store, "Process-1");
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].find(" starts, its parent is " + result(o, "main pid")) != std::string::npos);
        // main's total is printed after the child's last line: join waited for it.
        CHECK(console_lines(o.store).back().rfind("MainThread: main process ", 0) == 0);
    }
}

namespace {

// The seconds in "... finished after 0.25 s".
double seconds_in(const std::string& line) {
    const size_t at = line.find("finished after ");
    REQUIRE(at != std::string::npos);
    return std::stod(line.substr(at + 15));
}

}  // namespace

TEST_CASE("process.subclass: main finishes after the child, and its total follows the interval") {
    double totals[2] = {0, 0};
    const double intervals[2] = {0.05, 0.25};
    for (int i = 0; i < 2; ++i) {
        const Observation o = observe_demo("process.subclass", {"interval=" + std::to_string(intervals[i])});
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        const double child = seconds_in(printed_by(o.store, "Process-1").back());
        const double main = seconds_in(printed_by(o.store, "MainThread").back());
        CHECK(child >= intervals[i] - 0.005);
        CHECK(main >= child);
        totals[i] = main;
    }
    // A longer interval, a longer total (each is at least its sleeps; how much more
    // depends on the machine's load, so no upper bound is checked).
    CHECK(totals[1] >= intervals[1]);
}

TEST_CASE("process.subclass: in step mode Process-1 is listed once made, starts with start(), and its first grant takes it to its first print") {
    const Observation o = step_demo("process.subclass");
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto p = find_worker(o.store, "Process-1");
    REQUIRE(p);
    uint32_t first_print = 0;
    for (const Marker& m : o.store.markers(*p))
        if (m.kind == MarkerKind::Print && first_print == 0) first_print = m.line;
    REQUIRE(first_print != 0);
    // The second time it is parked (after its first grant) it stands at that print.
    std::vector<const StateInterval*> parked;
    for (const StateInterval& iv : o.store.intervals(*p))
        if (iv.state == WorkerState::Ready) parked.push_back(&iv);
    REQUIRE(parked.size() >= 2);
    CHECK(parked[1]->line == first_print);
    // It is listed (New) as soon as the object exists, and becomes a process, parked at start(), at the
    // step that grants MainThread's start().
    const auto main = find_worker(o.store, "MainThread");
    REQUIRE(main);
    CHECK(o.store.intervals(*p).front().state == WorkerState::New);
    bool started_there = false;
    for (const StateInterval& iv : o.store.intervals(*main))
        if (iv.state == WorkerState::Ready && iv.line == parked[0]->line && iv.s1 == parked[0]->s0) started_there = true;
    CHECK(started_there);
    CHECK(o.store.intervals(*p).front().s0 < parked[0]->s0);
}
