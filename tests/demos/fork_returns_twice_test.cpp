// fork.returns_twice: one call, two returns — 0 in the child, the child's pid in the parent.
#include <doctest.h>

#include "observe_demo.hpp"

using namespace il::core;
using namespace il::test;

TEST_CASE("fork.returns_twice: the child gets 0 and the parent gets the child's own pid") {
    for (int mode = 0; mode < 2; ++mode) {
        const Observation o = mode == 0 ? observe_demo("fork.returns_twice") : step_demo("fork.returns_twice");
        REQUIRE_MESSAGE(!o.failed, o.outcome);
        CHECK(result_int(o, "fork() in the child returned") == 0);
        const long long child_pid = result_int(o, "child's own pid");
        CHECK(child_pid > 0);
        CHECK(result_int(o, "fork() in the parent returned") == child_pid);
        // The worker table: Child-1 is a process whose parent is MainThread, with that pid.
        const auto main = find_worker(o.store, "MainThread");
        const auto child = find_worker(o.store, "Child-1");
        REQUIRE(main);
        REQUIRE(child);
        CHECK(o.store.worker(*child).kind == WorkerKind::Process);
        CHECK(o.store.worker(*child).parent == *main);
        CHECK(o.store.worker(*child).pid == child_pid);
        // The parent's lane has the Fork marker carrying the child's pid.
        bool forked = false;
        for (const Marker& m : o.store.markers(*main))
            if (m.kind == MarkerKind::Fork && m.value == child_pid) forked = true;
        CHECK(forked);
    }
}

TEST_CASE("fork.returns_twice: both processes continue from the fork, in the order the schedule grants") {
    // Begin, fork; then Child-1 first: begin, print, exit; then MainThread prints.
    const Observation o = replay_demo("fork.returns_twice", {},
                                      {"MainThread", "MainThread", "MainThread", "Child-1", "Child-1", "Child-1",
                                       "MainThread", "MainThread", "MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto lines = console_lines(o.store);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].rfind("MainThread: before fork()", 0) == 0);
    CHECK(lines[1].rfind("Child-1: fork() returned 0", 0) == 0);
    CHECK(lines[2].rfind("MainThread: fork() returned ", 0) == 0);
    CHECK(lines[3] == "MainThread: the child has ended; one process again");
}

TEST_CASE("fork.returns_twice: the number MainThread prints is the pid Child-1 prints") {
    const Observation o = observe_demo("fork.returns_twice");
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const std::string pid = std::to_string(result_int(o, "child's own pid"));
    CHECK(contains(printed_by(o.store, "MainThread"), "fork() returned " + pid + ": I am the parent, and that is my child's pid"));
    CHECK(printed_by(o.store, "Child-1") ==
          std::vector<std::string>{"fork() returned 0: I am the child, my pid is " + pid});
}

TEST_CASE("fork.returns_twice: after three grants of MainThread, Child-1 is parked at the fork() line, and MainThread has moved on") {
    const Observation o = replay_demo("fork.returns_twice", {},
                                      {"MainThread", "MainThread", "MainThread", "Child-1", "Child-1", "Child-1",
                                       "MainThread", "MainThread", "MainThread"});
    REQUIRE_MESSAGE(!o.failed, o.outcome);
    const auto main = find_worker(o.store, "MainThread");
    const auto child = find_worker(o.store, "Child-1");
    REQUIRE(main);
    REQUIRE(child);
    uint32_t fork_line = 0;
    for (const Marker& m : o.store.markers(*main))
        if (m.kind == MarkerKind::Fork) fork_line = m.line;
    REQUIRE(fork_line != 0);
    // The state each worker is parked in (Ready) once the third grant is done.
    const auto parked_after_3 = [&](uint16_t w) -> const StateInterval* {
        for (const StateInterval& iv : o.store.intervals(w))
            if (iv.state == WorkerState::Ready && iv.s0 <= 3 && 3 < iv.s1) return &iv;
        return nullptr;
    };
    const StateInterval* c = parked_after_3(*child);
    const StateInterval* m = parked_after_3(*main);
    REQUIRE(c);
    REQUIRE(m);
    CHECK(c->line == fork_line);
    // The parent's fork() has returned: it waits at its own print, after the `if`.
    CHECK(m->line > fork_line);
}
