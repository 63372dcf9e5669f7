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

TEST_CASE("process.main_waits: a free run — main's last line comes while the children are at their first chore") {
    // Default chores: 3 rounds of 0.1 s. Main's line may follow the children's first lines (scheduler's choice),
    // but it comes before either child's second chore; and every child still finishes although main never joins.
    const Observation o = observe_demo("process.main_waits");
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto lines = console_lines(o.store);
    size_t main_at = lines.size(), second_chore_at = lines.size();
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i] == "MainThread: main: my code ends here, without join()") main_at = i;
        if (lines[i].find(": chore 2 of 3") != std::string::npos && second_chore_at == lines.size()) second_chore_at = i;
    }
    CHECK(main_at < second_chore_at);
    for (const char* p : {"Process-1", "Process-2"}) {
        const auto mine = printed_by(o.store, p);
        REQUIRE(!mine.empty());
        CHECK(mine.back() == std::string(p) + ": all chores done");
    }
}

TEST_CASE("process.main_waits: granting MainThread only, after its last print it is blocked joining Process-1") {
    const Observation o = prefer_demo("process.main_waits", {"children=2", "rounds=2", "pause=0"}, {"MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto main = find_worker(o.store, "MainThread");
    const auto p1 = find_worker(o.store, "Process-1");
    REQUIRE(main);
    REQUIRE(p1);
    const StateInterval* first_block = nullptr;
    for (const StateInterval& iv : o.store.intervals(*main))
        if (iv.state == WorkerState::Blocked && !first_block) first_block = &iv;
    REQUIRE(first_block);
    CHECK(first_block->object == o.store.worker(*p1).object);
    // Blocked until Process-1 has finished its chores (its last state, Done, begins by the end of the wait).
    int64_t p1_finished = -1;
    for (const StateInterval& iv : o.store.intervals(*p1))
        if ((iv.state == WorkerState::Zombie || iv.state == WorkerState::Done) && p1_finished < 0) p1_finished = iv.s0;
    REQUIRE(p1_finished >= 0);
    CHECK(first_block->s0 < p1_finished);
    CHECK(p1_finished <= first_block->s1);
}
