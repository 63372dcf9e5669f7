// process.main_waits: main waits for non-daemon children at exit; daemon children are terminated.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("process.main_waits: main ends its code first, yet every child still finishes all its chores") {
    // A scheduler that runs MainThread whenever it can: main's last line comes before any chore.
    const Observation o = prefer_demo("process.main_waits", {"children=2", "rounds=2", "pause=0"}, {"MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto lines = console_lines(o.store);
    REQUIRE(!lines.empty());
    CHECK(lines.front() == "MainThread: main: my code ends here, without join()");
    for (const char* p : {"Process-1", "Process-2"}) {
        CHECK(printed_by(o.store, p).back() == std::string(p) + ": all chores done");
        const auto w = find_worker(o.store, p);
        REQUIRE(w);
        CHECK(o.store.worker(*w).exitcode == 0);
        CHECK((o.store.worker(*w).flags & kWorkerReaped) != 0);
    }
    // MainThread is done only after both children were reaped by it.
    const auto main = find_worker(o.store, "MainThread");
    REQUIRE(main);
    const int64_t main_done = o.store.intervals(*main).back().s0;
    for (const char* p : {"Process-1", "Process-2"}) {
        const auto w = find_worker(o.store, p);
        CHECK(o.store.intervals(*w).back().state == WorkerState::Done);
        CHECK(o.store.intervals(*w).back().s0 <= main_done);
    }
}

TEST_CASE("process.main_waits: daemon children are terminated when main ends (exitcode -15, chores cut short)") {
    const Observation o = prefer_demo("process.main_waits", {"children=2", "rounds=2", "pause=0", "daemon=true"},
                                      {"MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    for (const char* p : {"Process-1", "Process-2"}) {
        CHECK(printed_by(o.store, p).empty());
        const auto w = find_worker(o.store, p);
        REQUIRE(w);
        CHECK(o.store.worker(*w).exitcode == -15);
        CHECK((o.store.worker(*w).flags & kWorkerTerminated) != 0);
        CHECK(contains(o.notes, std::string(p) + " terminated (SIGTERM)"));
    }
}
